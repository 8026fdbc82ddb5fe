package no.ordna.cms.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.ordna.cms.web.it.support.Api;
import no.ordna.cms.web.it.support.CmsServer;
import no.ordna.cms.web.it.support.Reply;
import no.ordna.cms.web.it.support.SharedServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A small front end written against the served TypeScript declarations compiles with the real
 * TypeScript compiler, strictly; using a field a type does not have does not. Needs Node and {@code
 * typescript} (found through {@code CMS_TEST_TSC} or {@code tsc} on the PATH; .ci/run installs
 * them), and is skipped with a message where they are missing.
 */
@ExtendWith(SharedServer.class)
class TypeScriptContractIT {

  private static final String FRONT_END =
      """
      import type {
        Article, Conference, ItemAnswer, ListAnswer, Problem, QuoteBlock, SearchAnswer, Locale
      } from './cms';

      async function read<T>(path: string): Promise<T> {
        const response = await fetch(path, { headers: { 'Accept-Language': 'se, nb;q=0.8' } });
        if (!response.ok) {
          const problem = (await response.json()) as Problem;
          throw new Error(`${problem.status} ${problem.detail ?? problem.title}`);
        }
        return (await response.json()) as T;
      }

      export async function articlePage(slug: string): Promise<string> {
        const answer = await read<ItemAnswer<Article>>(`/api/v1/content/article/${slug}?include=1`);
        const article: Article = answer;
        const quotes = (article.fields.content ?? [])
          .filter((block): block is QuoteBlock => block.type === 'quote')
          .map((block) => `«${block.fields.text}» – ${block.fields.person ?? ''}`);
        const image = article.fields.image ? answer.assets?.[article.fields.image] : undefined;
        const served: Locale = article.locale;
        return [article.fields.title.toUpperCase(), image?.alt ?? '', served, ...quotes].join('\\n');
      }

      export async function conferenceDates(): Promise<Array<[string, string]>> {
        const list = await read<ListAnswer<Conference>>('/api/v1/content/conference?sort=publishDate');
        const next: string | null = list.next;
        return list.items.map((c) => [c.fields.title, c.fields.startDate + (next ? '' : '')]);
      }

      export async function hits(q: string): Promise<number> {
        const answer = await read<SearchAnswer>(`/api/v1/search?q=${encodeURIComponent(q)}`);
        return answer.items.filter((hit) => hit.type === 'article').length + answer.total;
      }
      """;

  private static final String WRONG =
      """
      import type { Conference } from './cms';
      export const city = (c: Conference): number => c.fields.noSuchField;
      """;

  @Test
  void aFrontEndCompilesStrictlyAgainstTheServedDeclarations(Api api) throws Exception {
    String tsc = typeScriptCompiler();
    Path dir = Files.createTempDirectory(CmsServer.workDir(), "front-end-");
    Reply declarations = api.anonymous().get("/api/v1/types.d.ts");
    assertEquals(200, declarations.status());
    Files.writeString(dir.resolve("cms.d.ts"), declarations.body(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("page.ts"), FRONT_END, StandardCharsets.UTF_8);

    Result good = compile(tsc, dir, "page.ts");
    assertEquals(0, good.exit(), good.output());

    Files.writeString(dir.resolve("wrong.ts"), WRONG, StandardCharsets.UTF_8);
    Result wrong = compile(tsc, dir, "wrong.ts");
    assertTrue(wrong.exit() != 0, "a field the type lacks must not compile");
    assertTrue(wrong.output().contains("noSuchField"), wrong.output());
  }

  private record Result(int exit, String output) {}

  private static Result compile(String tsc, Path dir, String file)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(tsc.split(" ")));
    command.addAll(
        List.of(
            "--strict",
            "--noEmit",
            "--target",
            "es2022",
            "--module",
            "es2022",
            "--moduleResolution",
            "bundler",
            "--lib",
            "es2022,dom",
            "cms.d.ts",
            file));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("tsc did not finish in 300 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.exitValue(), output);
  }

  private static String typeScriptCompiler() {
    String configured = System.getenv("CMS_TEST_TSC");
    if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
      return configured;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, "tsc"))) {
        return Path.of(dir, "tsc").toString();
      }
    }
    Assumptions.abort(
        "TypeScript check skipped: no TypeScript compiler (set CMS_TEST_TSC, or put tsc on the"
            + " PATH: apt-get install nodejs npm && npm install -g typescript@5.9.3;"
            + " .ci/run installs it)");
    return null;
  }
}
