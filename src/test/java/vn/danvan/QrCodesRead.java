package vn.danvan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads back the QR code of a rendered document with ZXing's reader, from the Word file or the PDF. */
public final class QrCodesRead {

    private QrCodesRead() {
    }

    public static String decode(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))))
                .getText();
    }

    /** The text of the first picture of the Word file. */
    public static String fromDocx(XWPFDocument docx) throws Exception {
        if (docx.getAllPictures().isEmpty()) {
            throw new AssertionError("no picture in the Word file");
        }
        return decode(ImageIO.read(new ByteArrayInputStream(docx.getAllPictures().get(0).getData())));
    }

    public static String fromPdf(PdfReader reader) throws Exception {
        return decode(firstPdfImage(reader));
    }

    /** The first image of the PDF (eight-bit grey, a module a pixel), scaled up four times for the reader. */
    public static BufferedImage firstPdfImage(PdfReader reader) throws IOException {
        for (int i = 0; i < reader.getXrefSize(); i++) {
            PdfObject object = reader.getPdfObject(i);
            if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
                int w = ((PdfNumber) stream.get(PdfName.WIDTH)).intValue();
                int h = ((PdfNumber) stream.get(PdfName.HEIGHT)).intValue();
                if (((PdfNumber) stream.get(PdfName.BITSPERCOMPONENT)).intValue() != 8) {
                    throw new AssertionError("the QR code is drawn as an eight-bit grey image");
                }
                byte[] data = PdfReader.getStreamBytes(stream);
                int scale = 4;
                BufferedImage image = new BufferedImage(w * scale, h * scale, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < h * scale; y++) {
                    for (int x = 0; x < w * scale; x++) {
                        boolean white = (data[(y / scale) * w + x / scale] & 0xFF) > 127;
                        image.setRGB(x, y, white ? 0xFFFFFF : 0);
                    }
                }
                return image;
            }
        }
        throw new AssertionError("no image in the PDF");
    }
}
