using System.Collections.Concurrent;
using System.Diagnostics;

namespace HistoryCms.Import.Tests.Acceptance;

/// <summary>A child process (the CLI or the server, built Release) whose output is collected; killed with its tree on dispose.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public ConcurrentQueue<string> Output { get; } = new();

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static string Cli => Path.Combine(RepositoryPaths.Root, "src", "HistoryCms.USync.Cli", "bin", "Release", "net10.0", "historycms-usync.dll");

    public static ChildProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var child = new ChildProcess(Process.Start(start)!);
        child._process.OutputDataReceived += (_, e) => { if (e.Data is not null) { child.Output.Enqueue(e.Data); } };
        child._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { child.Output.Enqueue(e.Data); } };
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<int> WaitAsync()
    {
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}
