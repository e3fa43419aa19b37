package id.sistemkerja.platform.audit.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HexFormat;

/**
 * One line of a ledger export (NDJSON, docs/audit.md "Ledger export"):
 * <ul>
 *     <li>{@code {"entry":<canonical entry JSON>,"leafHash":"<hex>"}} — the entry exactly as sealed, and the leaf hash
 *     the sealer stored for it ({@code SHA-256(0x00 || UTF-8 bytes of entry)});</li>
 *     <li>{@code {"leafHash":"<hex>","redacted":true,"seq":n}} — an entry the caller may not read (another agency's):
 *     only its stored leaf hash, so the tree can still be recomputed.</li>
 * </ul>
 * The entry text is taken from the line byte for byte (not re-serialised), so the verifier hashes what was exported.
 *
 * @param entry    the entry's JSON text exactly as in the line, or null when redacted
 * @param seq      the ledger sequence the entry claims ({@code "seq"} inside the entry, or of the redacted line)
 * @param leafHash the leaf hash the line states
 */
public record LedgerLine(String entry, long seq, byte[] leafHash) {

    public boolean redacted() {
        return entry == null;
    }

    /** Parses one line; {@link IllegalArgumentException} when it is not a ledger line. */
    public static LedgerLine parse(String line) {
        try (JsonParser parser = CanonicalJson.parser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a ledger line is a JSON object");
            }
            String entry = null;
            Long entrySeq = null;
            Long lineSeq = null;
            String leafHash = null;
            boolean redacted = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "entry" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw new IllegalArgumentException("\"entry\" is not an object");
                        }
                        int start = (int) parser.currentTokenLocation().getCharOffset();
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            JsonToken inner = parser.nextToken();
                            if ("seq".equals(name) && inner == JsonToken.VALUE_NUMBER_INT) {
                                entrySeq = parser.getLongValue();
                            } else {
                                parser.skipChildren();
                            }
                        }
                        int end = (int) parser.currentLocation().getCharOffset();
                        entry = line.substring(start, end);
                    }
                    case "leafHash" -> leafHash = parser.getValueAsString();
                    case "redacted" -> redacted = value == JsonToken.VALUE_TRUE;
                    case "seq" -> lineSeq = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("text after the JSON object");
            }
            if (leafHash == null) {
                throw new IllegalArgumentException("no \"leafHash\"");
            }
            byte[] hash = HexFormat.of().parseHex(leafHash);
            if (hash.length != Merkle.HASH_SIZE) {
                throw new IllegalArgumentException("\"leafHash\" is not 32 bytes");
            }
            if (redacted) {
                if (entry != null || lineSeq == null) {
                    throw new IllegalArgumentException("a redacted line has \"seq\" and no \"entry\"");
                }
                return new LedgerLine(null, lineSeq, hash);
            }
            if (entry == null || entrySeq == null) {
                throw new IllegalArgumentException("no \"entry\" with a \"seq\"");
            }
            return new LedgerLine(entry, entrySeq, hash);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    /** The line for a sealed entry (the API writes these). */
    public static String visible(String canonicalEntry, byte[] leafHash) {
        return "{\"entry\":" + canonicalEntry + ",\"leafHash\":\"" + HexFormat.of().formatHex(leafHash) + "\"}";
    }

    /** The line for an entry the caller may not read. */
    public static String redacted(long seq, byte[] leafHash) {
        return "{\"leafHash\":\"" + HexFormat.of().formatHex(leafHash) + "\",\"redacted\":true,\"seq\":" + seq + "}";
    }
}
