package no.ordna.cms.delivery.contract;

import java.util.List;
import java.util.stream.Collectors;

/** The fixed part of the declarations: ids, dates, and the item, list, search and error answers. */
final class TypeScriptPreamble {

  private TypeScriptPreamble() {}

  static String text(List<String> locales) {
    String localeUnion =
        locales.isEmpty()
            ? "string"
            : locales.stream()
                .map(TypeScriptDeclarations::literal)
                .collect(Collectors.joining(" | "));
    return """
        /** A configured locale (BCP 47). */
        export type Locale = %s;
        /** An item's id (a UUID). */
        export type ItemId = string;
        /** An asset's id (a UUID); its file and texts are in the answer's `assets`. */
        export type AssetId = string;
        /** HTML, kept to the elements and attributes the CMS's sanitiser allows. */
        export type RichTextHtml = string;
        /** A date, YYYY-MM-DD. */
        export type IsoDate = string;
        /** A date and time, ISO 8601 with offset (UTC). */
        export type IsoDateTime = string;

        /** A published item of type T with fields F, in the locale it was served in. */
        export interface DeliveryItem<T extends string = string, F extends object = object> {
          id: ItemId;
          type: T;
          locale: Locale;
          slug?: string | null;
          title: string;
          revision: number;
          publishedAt: IsoDateTime;
          firstPublishedAt: IsoDateTime;
          publishDate: IsoDateTime;
          /** true when served in another locale than the one asked for. */
          fallback: boolean;
          /** Fields empty in the served locale, with the locale their value came from. */
          fieldFallbacks?: Partial<Record<Extract<keyof F, string>, Locale>>;
          fields: F;
        }

        /** An asset used by the answer's content: the file's facts and its texts in the locale chain. */
        export interface Asset {
          id: AssetId;
          /** The file, versioned: cache it for a year. */
          url: string;
          fileName?: string;
          mediaType: string;
          size?: number;
          width?: number;
          height?: number;
          pageCount?: number;
          pdfTitle?: string;
          focalPoint?: { x: number; y: number };
          title?: string;
          alt?: string;
          caption?: string;
          credit?: string;
          licence?: string;
          /** The locale each text came from along the fallback chain. */
          textLocales?: Partial<Record<'title' | 'alt' | 'caption' | 'credit' | 'licence', Locale>>;
        }

        /** GET /api/v1/content/{type}/{idOrSlug} */
        export type ItemAnswer<I extends DeliveryItem = AnyItem> = I & {
          requestedLocale: Locale;
          availableLocales: Locale[];
          /** Referenced items, when asked for with ?include=N. */
          included?: Record<ItemId, AnyItem>;
          assets?: Record<AssetId, Asset>;
        };

        /** GET /api/v1/content/{type} */
        export interface ListAnswer<I extends DeliveryItem = AnyItem> {
          type: I['type'];
          requestedLocale: Locale;
          sort: string;
          limit: number;
          items: I[];
          /** The cursor of the next page, or null on the last one. */
          next: string | null;
          included?: Record<ItemId, AnyItem>;
          assets?: Record<AssetId, Asset>;
        }

        /** One hit of GET /api/v1/search */
        export interface SearchHit {
          id: ItemId;
          type: ContentTypeKey;
          locale: Locale;
          fallback: boolean;
          title: string;
          slug?: string | null;
          score: number;
          snippet?: string;
        }

        /** GET /api/v1/search */
        export interface SearchAnswer {
          q: string;
          requestedLocale: Locale;
          total: number;
          items: SearchHit[];
        }

        /** A field path and what is wrong there, e.g. fields.content[2].fields.text. */
        export interface ProblemError {
          path: string;
          message: string;
        }

        /** Every error answer: application/problem+json (RFC 9457). */
        export interface Problem {
          /** urn:ordna:problem:<name> */
          type: string;
          title: string;
          status: number;
          detail?: string;
          errors?: ProblemError[];
          [extension: string]: unknown;
        }

        """
        .formatted(localeUnion);
  }
}
