package org.backpropstudio.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * Long runs of numbers in a session file, exact and compact: an array of strings, each the
 * Base64 (RFC 4648, with padding) of up to {@value #CHUNK} IEEE 754 binary64 numbers in
 * little-endian byte order, e.g. {@code ["AAAAAAAA8D8AAAAAAAAAQA=="]} for 1.0, 2.0. Every bit is
 * kept (a diverged run's NaN and ∞ too), in 10.7 characters a number instead of about 20.
 */
final class PackedDoubles {
    /** The most numbers in one string: 512 KiB of bytes, 683 KiB of text. */
    static final int CHUNK = 1 << 16;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PackedDoubles() {
    }

    /** {@code values} as an array of Base64 strings. */
    static ArrayNode write(double[] values) {
        ArrayNode chunks = NODES.arrayNode();
        for (int from = 0; from < values.length || from == 0 && chunks.isEmpty(); from += CHUNK) {
            int n = Math.min(CHUNK, values.length - from);
            ByteBuffer bytes = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < n; i++) {
                bytes.putDouble(values[from + i]);
            }
            chunks.add(Base64.getEncoder().encodeToString(bytes.array()));
            if (n == 0) {
                break;
            }
        }
        return chunks;
    }

    /**
     * The numbers in {@code value}.
     *
     * @throws SessionFormatException naming the string that is not such Base64
     */
    static double[] read(JsonAt value) throws SessionFormatException {
        JsonNode node = value.node();
        if (!node.isArray()) {
            throw value.error(IoWords.get("packed.array"));
        }
        byte[][] decoded = new byte[node.size()][];
        long total = 0;
        for (int c = 0; c < node.size(); c++) {
            JsonAt chunk = value.element(c);
            if (!chunk.node().isTextual()) {
                throw chunk.error(IoWords.get("packed.string"));
            }
            try {
                decoded[c] = Base64.getDecoder().decode(chunk.node().textValue());
            } catch (IllegalArgumentException e) {
                throw new SessionFormatException(chunk.path(), IoWords.get("packed.string"),
                        IoWords.format("packed.characters", e.getMessage()));
            }
            if (decoded[c].length % 8 != 0) {
                throw new SessionFormatException(chunk.path(), IoWords.get("packed.floats"),
                        IoWords.format("packed.bytes", String.valueOf(decoded[c].length)));
            }
            total += decoded[c].length / 8;
        }
        double[] values = new double[(int) total];
        int n = 0;
        for (byte[] bytes : decoded) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining()) {
                values[n++] = buffer.getDouble();
            }
        }
        return values;
    }
}
