package nl.kantel.brief;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as a reader sees it, with line breaks and runs of spaces as one
 * space.
 */
public final class PdfText {

	private PdfText() {
	}

	public static String of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			return stripper.getText(document).replaceAll("\\s+", " ").trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Geen leesbare PDF", ex);
		}
	}

}
