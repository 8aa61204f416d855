using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.Playwright;

namespace Entente.Web.Tests.Browser;

/// <summary>Screenshots saved as test artifacts (screenshots/ beside the test binary) and checked for a non-blank render by decoding the PNG.</summary>
public static class Screenshot
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Saves the page and returns how many distinct colours it shows and the share of pixels not of the commonest colour.</summary>
    public static async Task<(int Colours, double Ink)> SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Directory, name + ".png"), FullPage = true });
        var pixels = Decode(png);
        var counts = pixels.GroupBy(p => p).Select(g => g.Count()).OrderByDescending(c => c).ToList();
        return (counts.Count, 1 - ((double)counts[0] / pixels.Count));
    }

    /// <summary>An 8-bit RGB or RGBA PNG, as Chromium writes it, unfiltered into one int per pixel.</summary>
    private static List<int> Decode(byte[] png)
    {
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
                channels = data[9] == 6 ? 4 : 3;
                Assert.Equal(8, data[8]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var previous = new byte[stride];
        var pixels = new List<int>(width * height);
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? line[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                line[i] = (byte)(line[i] + filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                });
            }

            for (var x = 0; x < width; x++)
            {
                pixels.Add((line[x * channels] << 16) | (line[(x * channels) + 1] << 8) | line[(x * channels) + 2]);
            }

            previous = line;
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
