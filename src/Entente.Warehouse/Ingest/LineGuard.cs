namespace Entente.Warehouse.Ingest;

/// <summary>
/// A read-only pass-through that stops a file whose line grows past a limit (a gzip of zeros, a binary file): event
/// rows are short, so such a file is not event data, and reading on would only exhaust memory in the parser.
/// </summary>
internal sealed class LineGuard(Stream inner, int maxLineBytes) : Stream
{
    private long _sinceNewline;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        var last = buffer[..read].LastIndexOf((byte)'\n');
        _sinceNewline = last < 0 ? _sinceNewline + read : read - last - 1;
        if (_sinceNewline > maxLineBytes)
        {
            throw new InvalidDataException($"a line is longer than {maxLineBytes / (1 << 20)} MB, so this is not an event file (binary, or a stream of zeros)");
        }

        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void Flush() { }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
