package no.ordna.cms.api.asset;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ordna.cms.api.security.CallerContext;
import no.ordna.cms.asset.application.AssetDetails;
import no.ordna.cms.asset.application.AssetService;
import no.ordna.cms.asset.storage.StagedBlob;
import no.ordna.cms.identity.domain.Caller;
import no.ordna.cms.shared.InvalidInputException;
import no.ordna.cms.shared.TooLargeException;

/**
 * Turns an upload request into the asset use cases: a multipart body is read part by part, the file
 * part streamed into the store's staging area as it arrives and the other parts taken as fields; a
 * raw body is the file itself, with its fields in the query. Staged bytes are discarded whatever
 * goes wrong.
 */
@RequestScoped
class AssetUploads {

  private static final int MAX_FIELD_BYTES = 64 * 1024;
  private static final int MAX_PARTS = 20;

  /** Most bytes of a multipart upload outside its file: preamble, part headers and form fields. */
  static final int MAX_NON_FILE_BYTES = 256 * 1024;

  @Inject AssetService assets;
  @Inject CallerContext callerContext;

  AssetDetails upload(
      String contentType, String disposition, Map<String, List<String>> query, InputStream body) {
    Caller caller = callerContext.caller();
    assets.checkMayUpload(caller); // before a byte of the body is read
    Optional<String> boundary = MultipartReader.boundary(contentType);
    if (boundary.isPresent()) {
      if (!query.isEmpty()) {
        throw InvalidInputException.of(
            query.keySet().iterator().next(), "send the fields of a multipart upload as parts");
      }
      return multipart(
          new MultipartReader(body, boundary.get(), "file", MAX_NON_FILE_BYTES), caller);
    }
    if (contentType == null || contentType.isBlank()) {
      throw InvalidInputException.of(
          "Content-Type", "send multipart/form-data, or the file with its Content-Type");
    }
    Map<String, String> form = new LinkedHashMap<>();
    query.forEach((name, values) -> form.put(name, single(name, values)));
    String fileName =
        disposition == null ? null : MultipartReader.parameters(disposition).get("filename");
    StagedBlob staged = assets.receive(body, caller);
    return create(staged, form, fileName, caller);
  }

  private AssetDetails multipart(MultipartReader reader, Caller caller) {
    Map<String, String> form = new LinkedHashMap<>();
    StagedBlob staged = null;
    String fileName = null;
    try {
      int parts = 0;
      for (Optional<MultipartReader.Part> next = reader.next();
          next.isPresent();
          next = reader.next()) {
        MultipartReader.Part part = next.get();
        if (++parts > MAX_PARTS) {
          throw InvalidInputException.of("body", "at most " + MAX_PARTS + " parts");
        }
        if (part.name().equals("file")) {
          if (staged != null) {
            throw InvalidInputException.of("file", "send one file per upload");
          }
          fileName = part.fileName();
          staged = assets.receive(part.body(), caller);
        } else if (form.put(part.name(), part.text(MAX_FIELD_BYTES)) != null) {
          throw InvalidInputException.of(part.name(), "give it once");
        }
      }
    } catch (MultipartReader.LimitExceeded e) {
      discard(staged);
      throw new TooLargeException(e.limit, "The upload is refused: " + e.getMessage());
    } catch (IOException e) {
      discard(staged);
      throw InvalidInputException.of("body", "is not a readable multipart body: " + e.getMessage());
    } catch (RuntimeException e) {
      discard(staged);
      throw e;
    }
    if (staged == null) {
      throw InvalidInputException.of("file", "is required: the part holding the file");
    }
    return create(staged, form, fileName, caller);
  }

  private AssetDetails create(
      StagedBlob staged, Map<String, String> form, String fileName, Caller caller) {
    try {
      return assets.create(staged, AssetRequests.fromForm(form, fileName), caller);
    } finally {
      discard(staged);
    }
  }

  private void discard(StagedBlob staged) {
    if (staged != null) {
      assets.discard(staged);
    }
  }

  private static String single(String name, List<String> values) {
    if (values.size() != 1) {
      throw InvalidInputException.of(name, "give it once");
    }
    return values.get(0);
  }
}
