package no.ordna.cms.translation.xliff;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import no.ordna.cms.translation.inline.Fragment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Reads the content of a {@code <target>} into text and inline codes. Codes that enclose their
 * content as XML ({@code <pc>}, {@code <g>}) and codes given as separate start and end markers
 * ({@code <sc>}/{@code <ec>}, {@code <bx/>}/{@code <ex/>}) come out as the same tree; markers that
 * overlap, end before they start or never end are reported as wrongly nested. Annotations ({@code
 * <mrk>}) are transparent; anything else is reported.
 */
final class InlineReader {

  /** The XML names of one XLIFF version's inline elements. */
  interface Vocabulary {
    /** {@code pc}, {@code g}: a paired code enclosing its content; its id, else null. */
    String pairedId(Element element);

    /** {@code ph}, {@code x}: a standalone code; its id, else null. */
    String standaloneId(Element element);

    /** {@code sc}, {@code bx}: the start of a paired code; its id, else null. */
    String startId(Element element);

    /** {@code ec}, {@code ex}: the end of a paired code; the id of its start, else null. */
    String endId(Element element);

    /** Elements whose content counts and whose markup does not ({@code mrk}). */
    boolean transparent(Element element);

    /** Elements to skip with their content (annotation markers without content). */
    boolean ignored(Element element);
  }

  /** The content read, and what is wrong with its codes. */
  record Result(List<Fragment> fragments, List<String> problems) {}

  private record Frame(String id, List<Fragment> content) {}

  private final Vocabulary vocabulary;
  private final Deque<Frame> open = new ArrayDeque<>();
  private final List<String> problems = new ArrayList<>();

  private InlineReader(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    open.push(new Frame(null, new ArrayList<>()));
  }

  /** The content of {@code containers} in order, as one text. */
  static Result read(List<Element> containers, Vocabulary vocabulary) {
    InlineReader reader = new InlineReader(vocabulary);
    for (Element container : containers) {
      reader.children(container);
    }
    while (reader.open.size() > 1 && reader.problems.isEmpty()) {
      reader.problems.add(
          "inline code " + reader.open.peek().id() + " starts but never ends (wrongly nested)");
      reader.open.pop();
    }
    return new Result(nfc(reader.open.getLast().content()), List.copyOf(reader.problems));
  }

  private void children(Element parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Text text) {
        text(text.getData());
      } else if (node instanceof Element element) {
        element(element);
      }
    }
  }

  private void element(Element element) {
    String id;
    if ((id = vocabulary.pairedId(element)) != null) {
      open.push(new Frame(id, new ArrayList<>()));
      children(element);
      end(id);
    } else if ((id = vocabulary.standaloneId(element)) != null) {
      open.peek().content().add(new Fragment.Standalone(id));
    } else if ((id = vocabulary.startId(element)) != null) {
      open.push(new Frame(id, new ArrayList<>()));
    } else if ((id = vocabulary.endId(element)) != null) {
      end(id);
    } else if (vocabulary.transparent(element)) {
      children(element);
    } else if (!vocabulary.ignored(element)) {
      problems.add("<" + element.getLocalName() + "> is not an inline code of this export");
    }
  }

  private void end(String id) {
    if (id.equals(open.peek().id())) {
      Frame frame = open.pop();
      open.peek().content().add(new Fragment.Paired(id, frame.content()));
      return;
    }
    boolean started = open.stream().anyMatch(f -> id.equals(f.id()));
    problems.add(
        started
            ? "inline codes " + open.peek().id() + " and " + id + " overlap (wrongly nested)"
            : "inline code " + id + " ends but never starts (wrongly nested)");
    if (started) {
      while (!id.equals(open.peek().id())) {
        open.pop();
      }
      open.pop();
    }
  }

  private void text(String data) {
    List<Fragment> content = open.peek().content();
    int last = content.size() - 1;
    if (last >= 0 && content.get(last) instanceof Fragment.Text previous) {
      content.set(last, new Fragment.Text(previous.text() + data));
    } else {
      content.add(new Fragment.Text(data));
    }
  }

  private static List<Fragment> nfc(List<Fragment> fragments) {
    List<Fragment> out = new ArrayList<>();
    for (Fragment fragment : fragments) {
      if (fragment instanceof Fragment.Text text) {
        out.add(new Fragment.Text(Normalizer.normalize(text.text(), Normalizer.Form.NFC)));
      } else if (fragment instanceof Fragment.Paired paired) {
        out.add(new Fragment.Paired(paired.codeId(), nfc(paired.content())));
      } else {
        out.add(fragment);
      }
    }
    return out;
  }
}
