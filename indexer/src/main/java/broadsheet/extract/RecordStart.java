package broadsheet.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Where the next record of a web archive may start, after a damaged one whose length no longer says: in a gzip
 * archive, the next gzip member (each record is one); in a plain one, the next line that opens a WARC record's
 * header. jwarc then reads from there. A place that only looks like a start (the same bytes inside a page) fails to
 * read as a record, and the search goes on after it.
 */
final class RecordStart {

    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_HEADER = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;

    private final SeekableByteChannel file;
    private final byte[] signature;
    /** Where the record starts within the signature: a plain record's header starts after the line break. */
    private final int startInSignature;

    RecordStart(SeekableByteChannel file, boolean gzip) {
        this.file = file;
        this.signature = gzip ? GZIP_MEMBER : WARC_HEADER;
        this.startInSignature = gzip ? 0 : 1;
    }

    /** The first place after {@code offset} where a record may start; empty when there is none before the end. */
    OptionalLong after(long offset) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK + signature.length);
        // from the byte after the signature's own start, so that the search always moves on
        long from = offset + 1 - startInSignature;
        while (from < file.size()) {
            file.position(from);
            chunk.clear();
            while (chunk.hasRemaining() && file.read(chunk) > 0) {
                // fill the chunk: a signature may lie across two reads
            }
            int length = chunk.position();
            for (int i = 0; i + signature.length <= length; i++) {
                if (matchesAt(chunk.array(), i)) {
                    return OptionalLong.of(from + i + startInSignature);
                }
            }
            if (length < signature.length) {
                break;
            }
            from += length - signature.length + 1;
        }
        return OptionalLong.empty();
    }

    private boolean matchesAt(byte[] bytes, int at) {
        for (int j = 0; j < signature.length; j++) {
            if (bytes[at + j] != signature[j]) {
                return false;
            }
        }
        return true;
    }
}
