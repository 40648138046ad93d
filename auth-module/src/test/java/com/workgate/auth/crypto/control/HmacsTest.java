package com.workgate.auth.crypto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HmacsTest {

    private static final HexFormat HEX = HexFormat.of();

    /** RFC 4231 section 4, HMAC-SHA-256 (case 5 truncates its output and is left out). */
    static Stream<Arguments> rfc4231() {
        return Stream.of(
                Arguments.of("case 1",
                        "0b".repeat(20),
                        "4869205468657265",
                        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
                Arguments.of("case 2",
                        "4a656665",
                        "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
                        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
                Arguments.of("case 3",
                        "aa".repeat(20),
                        "dd".repeat(50),
                        "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
                Arguments.of("case 4",
                        "0102030405060708090a0b0c0d0e0f10111213141516171819",
                        "cd".repeat(50),
                        "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
                Arguments.of("case 6",
                        "aa".repeat(131),
                        "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65"
                                + "204b6579202d2048617368204b6579204669727374",
                        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
                Arguments.of("case 7",
                        "aa".repeat(131),
                        "5468697320697320612074657374207573696e672061206c6172676572207468"
                                + "616e20626c6f636b2d73697a65206b657920616e642061206c61726765722074"
                                + "68616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565"
                                + "647320746f20626520686173686564206265666f7265206265696e6720757365"
                                + "642062792074686520484d414320616c676f726974686d2e",
                        "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"));
    }

    @ParameterizedTest(name = "RFC 4231 {0}")
    @MethodSource("rfc4231")
    void hmacSha256MatchesRfc4231(String name, String keyHex, String dataHex, String expectedHex) {
        byte[] mac = Hmacs.hmacSha256(HEX.parseHex(keyHex), HEX.parseHex(dataHex));
        assertEquals(expectedHex, HEX.formatHex(mac));
    }

    @Test
    void hmacSha1MatchesRfc2202Case1() {
        byte[] mac = Hmacs.hmacSha1(HEX.parseHex("0b".repeat(20)), "Hi There".getBytes(StandardCharsets.US_ASCII));
        assertEquals("b617318655057264e28bc0b6fb378c8ef146be00", HEX.formatHex(mac));
    }

    @Test
    void emptyKeyIsTheEmptyHmacKey() {
        // HMAC-SHA256 with key "" and message "" (computed independently with Python's hmac module).
        assertEquals("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad",
                HEX.formatHex(Hmacs.hmacSha256(new byte[0], new byte[0])));
    }

    @Test
    void hmacSha256HexSignsApiKeyPlusTimestampLikeCalven() throws Exception {
        String secret = "s3cr3t-key-with-ümlaut";
        String message = "wg_3f9a1c" + 1_700_000_000L;

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HEX.formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));

        String actual = Hmacs.hmacSha256Hex(secret, message);
        assertEquals(64, actual.length());
        assertEquals(expected, actual);
        assertEquals(actual.toLowerCase(), actual, "hex output is lower case");
    }

    @Test
    void hexEqualsIgnoresCase() {
        String hex = Hmacs.hmacSha256Hex("key", "message");
        assertTrue(Hmacs.hexEquals(hex, hex));
        assertTrue(Hmacs.hexEquals(hex, hex.toUpperCase()));
        assertTrue(Hmacs.hexEquals(hex.toUpperCase(), hex));
    }

    @Test
    void hexEqualsRefusesOneCharacterDifference() {
        String hex = Hmacs.hmacSha256Hex("key", "message");
        char last = hex.charAt(hex.length() - 1);
        String changed = hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
        assertFalse(Hmacs.hexEquals(hex, changed));
        String changedFirst = (hex.charAt(0) == 'f' ? 'e' : 'f') + hex.substring(1);
        assertFalse(Hmacs.hexEquals(hex, changedFirst));
    }

    @Test
    void hexEqualsRefusesNullAndDifferentLengths() {
        String hex = Hmacs.hmacSha256Hex("key", "message");
        assertFalse(Hmacs.hexEquals(null, hex));
        assertFalse(Hmacs.hexEquals(hex, null));
        assertFalse(Hmacs.hexEquals(null, null));
        assertFalse(Hmacs.hexEquals(hex, hex.substring(0, hex.length() - 2)));
        assertFalse(Hmacs.hexEquals(hex, hex + "00"));
        assertFalse(Hmacs.hexEquals(hex, ""));
    }

    @Test
    void sha1HexOfAbc() {
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", Hmacs.sha1Hex("abc"));
    }
}
