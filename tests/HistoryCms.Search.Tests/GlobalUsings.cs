global using HistoryCms.Core.Search;
