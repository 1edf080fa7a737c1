using HistoryCms.USync.Cli;

return Commands.Root().Parse(args).Invoke();
