package nl.kantel.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Letters for residents without an e-mail address, as PDF files in a folder that the
 * municipality's print street prints and posts. The letter itself carries the name and
 * address.
 */
class Printpost {

	private final Path folder;

	Printpost(Path folder) {
		this.folder = folder;
	}

	void leggen(Brief brief) {
		try {
			Files.createDirectories(this.folder);
			// Written beside the target and moved, so the print street never takes half a
			// letter.
			Path part = Files.createTempFile(this.folder, ".", ".part");
			Files.write(part, brief.pdf());
			Files.move(part, fileFor(brief.sleutel()), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Brief " + brief.sleutel() + " niet geschreven in " + this.folder, ex);
		}
	}

	Path fileFor(String sleutel) {
		return this.folder.resolve(OutboxTransport.bestandsnaam(sleutel) + ".pdf");
	}

}
