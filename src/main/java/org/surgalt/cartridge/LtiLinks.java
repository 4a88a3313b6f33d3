package org.surgalt.cartridge;

import static org.surgalt.content.ManifestXml.attribute;
import static org.surgalt.content.ManifestXml.child;
import static org.surgalt.content.ManifestXml.children;
import static org.surgalt.content.ManifestXml.text;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.surgalt.cartridge.ReportLine.Note;
import org.surgalt.cartridge.ReportLine.Outcome;
import org.surgalt.course.ItemKind;
import org.surgalt.lti.LtiLinkService;
import org.w3c.dom.Element;

/**
 * A cartridge's basic LTI link ({@code imsbasiclti_xmlv1p0}, {@code cartridge_basiclti_link}): its
 * title, launch address (the secure one when it has both), custom parameters and vendor. It becomes
 * an LTI item when a registered, enabled tool would launch its address (the origin rule of launches,
 * {@link LtiLinkService#toolServing}); otherwise it is skipped, since the address alone launches
 * nothing, and the report names the origin an admin would register.
 */
final class LtiLinks {

    /** A link as the cartridge has it. */
    record Link(String title, String description, String url, Map<String, String> custom, String vendor) {
    }

    private final Function<String, Optional<String>> toolServing;

    /** {@code toolServing}: an address to the name of the tool that would launch it. */
    LtiLinks(Function<String, Optional<String>> toolServing) {
        this.toolServing = toolServing;
    }

    static Link read(Element root) {
        String secure = text(child(root, "secure_launch_url"));
        String url = LtiLinkService.isWebAddress(secure) ? secure : text(child(root, "launch_url"));
        Map<String, String> custom = new LinkedHashMap<>();
        for (Element property : children(child(root, "custom"), "property")) {
            custom.putIfAbsent(attribute(property, "name"), text(property));
        }
        Element vendor = child(root, "vendor");
        String vendorName = text(child(vendor, "name")).isEmpty() ? text(child(vendor, "code"))
                : text(child(vendor, "name"));
        return new Link(text(child(root, "title")), text(child(root, "description")), url, custom, vendorName);
    }

    /** Adds the link to {@code into} as an LTI item, or reports why it was skipped. */
    void plan(Plan plan, Cartridge.Resource resource, Element root, String given, Plan.Module into) {
        Link link = read(root);
        String name = Planner.cut(given != null ? given : link.title().isEmpty() ? Planner.name(resource.href())
                : link.title());
        if (!LtiLinkService.isWebAddress(link.url())) {
            plan.lines.add(ReportLine.skipped(resource.identifier(), name, resource.type(), Note.UNSAFE_LINK,
                    link.url()));
            return;
        }
        Optional<String> tool = toolServing.apply(link.url());
        if (tool.isEmpty()) {
            plan.lines.add(ReportLine.skipped(resource.identifier(), name, resource.type(), Note.NO_LTI_TOOL,
                    origin(link.url())));
            return;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        link.custom().forEach((key, value) -> {
            if (kept.size() < LtiLinkService.MAX_PARAMETERS && LtiLinkService.NAME.matcher(key).matches()
                    && value.length() <= LtiLinkService.MAX_VALUE) {
                kept.put(key, value);
            }
        });
        Plan.Item item = new Plan.Item(ItemKind.LTI, name, null, link.url(), null);
        item.custom = kept;
        into.items.add(item);
        plan.lines.add(new ReportLine(resource.identifier(), name, resource.type(), Outcome.LTI, into.title,
                kept.size() == link.custom().size() ? Note.LTI_TOOL : Note.LTI_CUSTOM_LEFT_OUT, tool.get()));
    }

    /** The scheme, host and port (when the address gives one) that an admin registers the tool at. */
    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

}
