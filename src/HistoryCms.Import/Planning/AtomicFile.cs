namespace HistoryCms.Import.Planning;

/// <summary>
/// Writes a file so that a reader (or a re-run after a kill) sees either the old file or the new one, never a part:
/// the bytes go to a temp file in the same folder (<c>.name.tmp-pid</c>, which no uSync reader picks up: it does not end in
/// <c>.config</c>), which is then renamed over the target (an atomic replace on one file system).
/// </summary>
public static class AtomicFile
{
    /// <summary>The marker in temp file names; <see cref="RemoveLeftovers"/> deletes such files a killed run left.</summary>
    public const string TempMarker = ".tmp-";

    /// <summary>Writes bytes atomically.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="bytes">The content.</param>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var temp = TempPath(path);
        using (var handle = OpenNew(temp))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        File.Move(temp, path, overwrite: true);
    }

    // A new file (O_CREAT | O_EXCL), never FileMode.Create: on Unix .NET opens that without O_TRUNC and truncates with
    // ftruncate after taking its lock, and on ext4 a truncated file is flushed to disk when it is closed (the
    // "auto_da_alloc" heuristic), which made every file written cost a synchronous writeback. A temp file left by an
    // earlier process with the same id is replaced.
    private static Microsoft.Win32.SafeHandles.SafeFileHandle OpenNew(string temp)
    {
        try
        {
            return File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(temp))
        {
            File.Delete(temp);
            return File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
    }

    /// <summary>Writes a file atomically through a stream.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Writes the content.</param>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temp = TempPath(path);
        using (var stream = new FileStream(OpenNew(temp), FileAccess.Write, 1 << 16))
        {
            write(stream);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Deletes the temp files a killed run left in a folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>How many were deleted.</returns>
    public static int RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "." + "*" + TempMarker + "*"))
        {
            File.Delete(file);
            count++;
        }

        return count;
    }

    private static string TempPath(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + TempMarker + Environment.ProcessId);
}
