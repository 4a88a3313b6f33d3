package org.surgalt.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Images built for tests: a PNG of a few bytes whose header declares any size. */
public final class Images {

    private Images() {
    }

    /** A valid PNG signature and IHDR declaring the size, one tiny IDAT and IEND. */
    public static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(ihdr);
            data.writeInt(width);
            data.writeInt(height);
            data.write(new byte[] { 8, 2, 0, 0, 0 });
            chunk(out, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
                z.write(new byte[64]);
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(body.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        data.write(name);
        data.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        data.writeInt((int) crc.getValue());
    }
}
