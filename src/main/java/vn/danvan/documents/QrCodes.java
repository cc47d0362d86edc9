package vn.danvan.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes (ZXing) as the renderers draw them: a module per pixel with the quiet zone of four modules
 * the standard asks for, error correction level M (a printed slip may get a crease).
 */
final class QrCodes {

    private QrCodes() {
    }

    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION,
                            ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code", e);
        }
    }

    /** A black-and-white PNG with {@code scale} pixels a module, for Word (which smooths small pictures). */
    static byte[] png(String text, int scale) {
        BitMatrix m = matrix(text);
        BufferedImage image = new BufferedImage(m.getWidth() * scale, m.getHeight() * scale,
                BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An eight-bit grey image, a module a pixel, 0 black and 255 white, as PDF's DeviceGray reads it. */
    static byte[] grey8(BitMatrix m) {
        byte[] data = new byte[m.getWidth() * m.getHeight()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                data[y * m.getWidth() + x] = m.get(x, y) ? 0 : (byte) 0xFF;
            }
        }
        return data;
    }
}
