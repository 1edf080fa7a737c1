using System.Runtime.InteropServices;

namespace HistoryCms.Search.Bench;

/// <summary>
/// CPU time of the calling thread (Linux): on a machine shared with other work, wall-clock latency measures the
/// scheduler as much as the search, so the benchmark reports both.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ThreadCpuTimeClock = 3;

    public static double Milliseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var now) == 0 ? (now.Seconds * 1e3) + (now.Nanoseconds / 1e6) : double.NaN;

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
