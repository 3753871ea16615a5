package dev.docket.knowledge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a text file's bytes into a string: UTF-8 (strict), or UTF-16 when the file starts with its BOM. */
final class TextDecoder {

    String decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("file is empty");
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            text = strictly(bytes, 0, StandardCharsets.UTF_16, "UTF-16");
        } else {
            int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = strictly(bytes, offset, StandardCharsets.UTF_8, "UTF-8");
        }
        if (looksBinary(text)) {
            throw new UnreadableFileException("file looks binary, not text; remove it or give it the right extension");
        }
        if (text.isBlank()) {
            throw new UnreadableFileException("file holds only whitespace");
        }
        return text;
    }

    private static String strictly(byte[] bytes, int offset, Charset charset, String name)
            throws UnreadableFileException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("file is not valid " + name + " text; save it as UTF-8", e);
        }
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > text.length() / 100 + 2;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
