package org.surgalt.web;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Lesson Markdown (CommonMark + tables) to HTML that cannot run anything. Authors may use a little
 * raw HTML (details, sup, kbd, ...); the rendered HTML goes through an allow-list sanitiser
 * (OWASP) that keeps only formatting elements, only http(s)/mailto and relative addresses, no
 * event handlers, no style attributes and no classes other than a code block's language — so
 * nothing can run script or overlay the page. Relative addresses ({@code diagram.png}) are
 * resolved by the caller to the course's own files.
 *
 * <p>What the sanitiser leaves out is not silent: {@link #removals} tells the author's editor and
 * the item API which elements and attributes a lesson loses when it is shown, and why.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final Pattern ALIGN = Pattern.compile("left|right|center");
    private static final PolicyFactory POLICY = allowList(AttributePolicy.IDENTITY_ATTRIBUTE_POLICY).toFactory();

    /** The lessons' allow-list; {@code address} sees every link and image address (returning null drops it). */
    private static HtmlPolicyBuilder allowList(AttributePolicy address) {
        return new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "s", "code",
                    "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img",
                    "sup", "sub", "kbd", "details", "summary", "dl", "dt", "dd", "abbr")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(address).onElements("a")
            .allowAttributes("title").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(address).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("loading").matching(Pattern.compile("lazy")).onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(ALIGN).onElements("th", "td")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,40}")).onElements("code")
            .allowAttributes("title").onElements("abbr");
    }

    /**
     * HTML from elsewhere (an imported Common Cartridge page) through the lessons' allow-list, so that
     * it keeps only what a Markdown lesson may show; {@code address} rewrites each link and image
     * address first (null drops the address).
     */
    public String sanitizeHtml(String html, UnaryOperator<String> address) {
        return allowList((element, attribute, value) -> address.apply(value)).toFactory().sanitize(html);
    }

    private final List<Extension> extensions = List.of(TablesExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    // Lesson images load when scrolled to: a long lesson on a slow rural link fetches what is read.
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Image) {
                    attributes.put("loading", "lazy");
                }
            }).build();

    public RawString render(String markdown) {
        return render(markdown, UnaryOperator.identity());
    }

    /** {@code resolve} maps a relative link or image address (a file's name) to where it is served. */
    public RawString render(String markdown, UnaryOperator<String> resolve) {
        if (markdown == null || markdown.isBlank()) {
            return new RawString("");
        }
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(resolveRelative(link.getDestination(), resolve));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                image.setDestination(resolveRelative(image.getDestination(), resolve));
                visitChildren(image);
            }
        });
        // Raw HTML's relative addresses (an imported page's <img src="diagram.png">) resolve as Markdown's do.
        PolicyFactory policy = resolve == UnaryOperator.<String>identity() ? POLICY
                : allowList((element, attribute, value) -> resolveRelative(value, resolve)).toFactory();
        return new RawString(policy.sanitize(renderer.render(document)));
    }

    /** Why something was left out: programs, embedded pages, forms, handlers, unsafe addresses, or other markup. */
    public enum Reason {
        SCRIPT, FRAME, FORM, HANDLER, ADDRESS, ELEMENT, ATTRIBUTE
    }

    /** {@code name}: the element, or the attribute (then {@code on} is its element). */
    public record Removal(Reason reason, String name, String on) {

        /** The sentence the author reads, in {@code locale}'s language. */
        public String message(Locale locale) {
            AppMessages msg = io.quarkus.qute.i18n.MessageBundles.get(AppMessages.class,
                    io.quarkus.qute.i18n.Localized.Literal.of(locale.getLanguage()));
            return switch (reason) {
                case SCRIPT -> msg.lesson_removed_script(name);
                case FRAME -> msg.lesson_removed_frame(name);
                case FORM -> msg.lesson_removed_form(name);
                case HANDLER -> msg.lesson_removed_handler(name, on);
                case ADDRESS -> msg.lesson_removed_address(name, on);
                case ELEMENT -> msg.lesson_removed_element(name);
                case ATTRIBUTE -> msg.lesson_removed_attribute(name, on);
            };
        }
    }

    private static final Set<String> PROGRAMS = Set.of("script", "style", "noscript", "template");
    private static final Set<String> FRAMES = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "link", "meta");
    private static final Set<String> FORMS = Set.of("form", "input", "button", "select", "option", "textarea",
            "label", "fieldset", "output");

    /** What showing this Markdown leaves out, each element or attribute once, in the order met. */
    public List<Removal> removals(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        Set<Removal> found = new LinkedHashSet<>();
        POLICY.sanitize(renderer.render(parser.parse(markdown)), new HtmlChangeListener<Set<Removal>>() {
            @Override
            public void discardedTag(Set<Removal> into, String element) {
                String name = element.toLowerCase(Locale.ROOT);
                // A link or image loses its element only when its address was not allowed.
                if (name.equals("a") || name.equals("img")) {
                    into.add(new Removal(Reason.ADDRESS, name.equals("a") ? "href" : "src", name));
                    return;
                }
                into.add(new Removal(PROGRAMS.contains(name) ? Reason.SCRIPT : FRAMES.contains(name) ? Reason.FRAME
                        : FORMS.contains(name) ? Reason.FORM : Reason.ELEMENT, name, null));
            }

            @Override
            public void discardedAttributes(Set<Removal> into, String element, String... attributes) {
                for (String attribute : attributes) {
                    String name = attribute.toLowerCase(Locale.ROOT);
                    Reason reason = name.startsWith("on") ? Reason.HANDLER
                            : name.equals("href") || name.equals("src") ? Reason.ADDRESS : Reason.ATTRIBUTE;
                    into.add(new Removal(reason, name, element.toLowerCase(Locale.ROOT)));
                }
            }
        }, found);
        return new ArrayList<>(found);
    }

    private static String resolveRelative(String destination, UnaryOperator<String> resolve) {
        if (destination == null || destination.isEmpty() || destination.startsWith("/") || destination.startsWith("#")
                || destination.contains(":")) {
            return destination;
        }
        String resolved = resolve.apply(destination);
        return resolved == null ? destination : resolved;
    }
}
