namespace Entente.Events;

/// <summary>
/// One input as the providers publish it: a plain file, a `.gz`, or one entry of a `.zip` ("archive.zip!entry.CSV").
/// Opening decompresses as a stream; nothing is extracted to disk.
/// </summary>
public sealed record EventFile(string Path, string? Entry, long Bytes)
{
    public string Name => Entry is null ? System.IO.Path.GetFileName(Path) : $"{System.IO.Path.GetFileName(Path)}!{Entry}";

    public string Display => Entry is null ? Path : $"{Path}!{Entry}";

    /// <summary>The inputs a path stands for: itself, or each data entry of a zip archive.</summary>
    public static IReadOnlyList<EventFile> Expand(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }

        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return [new EventFile(path, null, info.Length)];
        }

        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return [.. zip.Entries.Where(e => e.Length > 0 && !e.FullName.EndsWith('/')).Select(e => new EventFile(path, e.FullName, e.Length))];
    }

    /// <summary>The decompressed content. The caller disposes the returned stream (which owns the archive if any).</summary>
    public Stream Open(Func<Stream, Stream>? wrapRaw = null)
    {
        Stream file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        file = wrapRaw?.Invoke(file) ?? file;
        if (Entry is not null)
        {
            var zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Read);
            return new OwningStream(zip.GetEntry(Entry)!.Open(), zip);
        }

        return Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress)
            : file;
    }

    /// <summary>
    /// Checks that a `.gz` input was whole: .NET's GZipStream stops quietly at a cut, so the decompressed byte count is
    /// compared with the size the gzip trailer records. Returns why the input is incomplete, or null.
    /// </summary>
    public string? CheckComplete(long decompressedBytes)
    {
        if (Entry is not null || !Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || Bytes < 18)
        {
            return null;
        }

        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read);
        file.Seek(-4, SeekOrigin.End);
        Span<byte> trailer = stackalloc byte[4];
        file.ReadExactly(trailer);
        var size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return size == (uint)decompressedBytes ? null
            : $"the gzip stream ends early (truncated or damaged): {decompressedBytes} bytes decompressed, the trailer says {size}";
    }

    /// <summary>
    /// A fingerprint of the input: SHA-256 over its size, name-independent, and its first and last MiB. Enough to
    /// recognise a file already imported without reading gigabytes twice.
    /// </summary>
    public string Fingerprint()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (!file.CanSeek)
        {
            throw new IOException($"{Path} is a pipe or a device, not a regular file: a file already imported is recognised by its size and content, so the warehouse needs a file. Save the stream to a file and import that");
        }

        hash.AppendData(BitConverter.GetBytes(file.Length));
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Entry ?? ""));
        var buffer = new byte[1 << 20];
        var read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        hash.AppendData(buffer, 0, read);
        if (file.Length > buffer.Length)
        {
            file.Seek(-Math.Min(buffer.Length, file.Length - read), SeekOrigin.End);
            read = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            hash.AppendData(buffer, 0, read);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                owner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
