package no.ordna.cms.asset.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ordna.cms.asset.domain.FileFacts;
import no.ordna.cms.asset.domain.FileType;
import no.ordna.cms.asset.storage.StagedBlob;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.UnsupportedTypeException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * Finds out what an upload is from its bytes alone (Apache Tika's magic-byte detection; the file
 * name and the client's Content-Type are never trusted), refuses types that are not allowed, and
 * reads the facts of allowed ones: an image's pixel size from its header (refusing images over
 * {@code cms.assets.max-pixels} before anything decodes them), a PDF's page count and title (read
 * with a file-backed cache).
 */
@ApplicationScoped
public class AssetInspector {

  private static final Tika TIKA = new Tika();

  @Inject AssetSettings settings;

  /** The media type the bytes are, e.g. {@code application/pdf}. */
  public static String detect(StagedBlob staged) throws IOException {
    try (InputStream in = TikaInputStream.get(Files.newInputStream(staged.file()))) {
      return TIKA.detect(in, new Metadata());
    }
  }

  /** The type of the staged bytes if it is allowed; otherwise a 415 naming what they are. */
  public FileType allowedType(StagedBlob staged) throws IOException {
    String detected = detect(staged);
    Set<FileType> allowed = settings.allowedTypes();
    Optional<FileType> type = FileType.ofMediaType(detected).filter(allowed::contains);
    if (type.isEmpty()) {
      throw new UnsupportedTypeException(
          "unsupported-file-type",
          "The file's content is "
              + detected
              + ", which is not accepted (whatever its name says); accepted: "
              + allowed.stream().map(FileType::mediaType).toList(),
          Map.of(
              "detectedType",
              detected,
              "acceptedTypes",
              allowed.stream().map(FileType::mediaType).toList()));
    }
    return type.get();
  }

  /** The facts of staged bytes of a known type; refuses unreadable files and pixel bombs. */
  public FileFacts facts(StagedBlob staged, FileType type) throws IOException {
    if (type == FileType.PDF) {
      return pdf(staged);
    }
    Integer width = null;
    Integer height = null;
    if (type.isRaster()) {
      int[] size;
      try (InputStream in = Files.newInputStream(staged.file())) {
        size =
            ImageCodecs.dimensions(in, type)
                .orElseThrow(
                    () ->
                        InvalidInputException.of(
                            "file", "is not a readable " + type.mediaType() + " image"));
      }
      requireSensiblePixels(size[0], size[1]);
      width = size[0];
      height = size[1];
    }
    return new FileFacts(staged.hash(), staged.size(), type, width, height, null, null);
  }

  /** Refuses images whose pixel count could exhaust memory when decoded (decompression bombs). */
  void requireSensiblePixels(long width, long height) {
    if (width <= 0 || height <= 0 || width * height > settings.maxPixels()) {
      throw new InvalidInputException(
          "image-too-many-pixels",
          "The image declares "
              + width
              + " × "
              + height
              + " pixels; at most "
              + settings.maxPixels()
              + " pixels are accepted");
    }
  }

  private static FileFacts pdf(StagedBlob staged) {
    // streams PDFBox decodes are cached in temporary files, not on the heap: a PDF whose objects
    // inflate to far more than its size cannot exhaust memory while it is inspected
    try (PDDocument document =
        Loader.loadPDF(staged.file().toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      String title = document.getDocumentInformation().getTitle();
      if (title != null) {
        title = title.strip();
        title = title.isEmpty() ? null : title.substring(0, Math.min(500, title.length()));
      }
      return new FileFacts(
          staged.hash(),
          staged.size(),
          FileType.PDF,
          null,
          null,
          document.getNumberOfPages(),
          title);
    } catch (InvalidPasswordException e) {
      throw InvalidInputException.of("file", "is a password-protected PDF; upload it unprotected");
    } catch (IOException | RuntimeException e) {
      throw InvalidInputException.of("file", "is not a readable PDF");
    }
  }
}
