package org.surgalt.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.surgalt.content.Manifest.Item;
import org.surgalt.content.Manifest.Standard;

/**
 * Reads an H5P package ({@code .h5p}, a ZIP with {@code h5p.json} at its root) and checks that it
 * can play here without anything from outside it: {@code content/content.json} is there, and the
 * main library and every library it preloads, followed through each library's own
 * {@code library.json}, is in the package at the version asked for, in H5P's folder
 * {@code <machineName>-<major>.<minor>/}. h5p.org exports content without the libraries when it
 * assumes the site has them; such a "content-only" package is refused with the list of what is
 * missing. Every library the package contains or asks for must be on the site's allow-list
 * ({@link H5pLibraries}).
 */
final class ManifestH5pReader {

    static final String NAME = "h5p.json";
    static final String CONTENT = "content/content.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LIBRARY_JSON = Pattern.compile("([^/]+)/library\\.json");
    private static final Pattern MACHINE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}");

    private final Set<String> allowed;

    ManifestH5pReader(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** A library as h5p.json and library.json name it. */
    record Library(String machineName, int major, int minor) {
        String folder() {
            return machineName + "-" + major + "." + minor;
        }

        @Override
        public String toString() {
            return machineName + " " + major + "." + minor;
        }
    }

    Manifest read(ArchiveListing listing) throws InspectionRejected {
        JsonNode h5p = parse(NAME, listing.rootManifests().get(NAME));
        String mainName = h5p.path("mainLibrary").asText("");
        if (mainName.isEmpty()) {
            throw new InspectionRejected("h5p.json does not name its main library (mainLibrary)");
        }
        List<Library> preloaded = dependencies(h5p, NAME);
        Library main = preloaded.stream().filter(l -> l.machineName().equals(mainName)).findFirst()
                .orElseThrow(() -> new InspectionRejected("h5p.json: the main library " + mainName
                        + " is not among its preloadedDependencies"));
        if (!listing.contains(CONTENT)) {
            throw new InspectionRejected("The H5P package has no content/content.json, so there is no content to play");
        }
        Set<Library> needed = new LinkedHashSet<>();
        List<Library> missing = new ArrayList<>();
        Deque<Library> next = new ArrayDeque<>();
        next.add(main);
        next.addAll(preloaded);
        while (!next.isEmpty()) {
            Library library = next.poll();
            if (!needed.add(library)) {
                continue;
            }
            String path = library.folder() + "/library.json";
            byte[] description = listing.rootManifests().get(path);
            if (description == null) {
                missing.add(library);
                continue;
            }
            JsonNode json = parse(path, description);
            Library described = library(json, path);
            if (!described.equals(library)) {
                throw new InspectionRejected("The H5P package's folder " + library.folder() + " holds the library "
                        + described + " instead of " + library);
            }
            next.addAll(dependencies(json, path));
        }
        if (!missing.isEmpty()) {
            throw new InspectionRejected("The H5P package does not contain the libraries it needs to play: "
                    + missing.stream().map(Library::toString).collect(Collectors.joining(", "))
                    + ". Export the content from H5P with its libraries (download the .h5p file) and upload that");
        }
        Set<String> names = new TreeSet<>();
        needed.forEach(l -> names.add(l.machineName()));
        for (String file : listing.rootManifests().keySet()) {
            Matcher folder = LIBRARY_JSON.matcher(file);
            if (folder.matches()) {
                names.add(library(parse(file, listing.rootManifests().get(file)), file).machineName());
            }
        }
        names.removeAll(allowed);
        if (!names.isEmpty()) {
            throw new InspectionRejected("The H5P package uses libraries this site does not allow: "
                    + String.join(", ", names) + ". An administrator can allow them (surgalt.content.h5p-libraries)");
        }
        String title = h5p.path("title").asText("").strip();
        String shown = title.isEmpty() ? main.toString() : title;
        return new Manifest(Standard.H5P, shown, List.of(new Item(shown, NAME)));
    }

    private static JsonNode parse(String name, byte[] bytes) throws InspectionRejected {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new InspectionRejected(name + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new InspectionRejected(name + " is not valid JSON");
        }
    }

    private static List<Library> dependencies(JsonNode json, String name) throws InspectionRejected {
        JsonNode list = json.path("preloadedDependencies");
        if (list.isMissingNode() || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new InspectionRejected(name + ": preloadedDependencies is not a list");
        }
        List<Library> libraries = new ArrayList<>();
        for (JsonNode dependency : list) {
            libraries.add(library(dependency, name));
        }
        return libraries;
    }

    /** Versions are numbers in library.json and often strings in h5p.json: both are read. */
    private static Library library(JsonNode node, String name) throws InspectionRejected {
        String machineName = node.path("machineName").asText("");
        if (!MACHINE_NAME.matcher(machineName).matches()) {
            throw new InspectionRejected(name + " names a library without a valid machineName");
        }
        return new Library(machineName, version(node.path("majorVersion"), machineName, name),
                version(node.path("minorVersion"), machineName, name));
    }

    private static int version(JsonNode value, String machineName, String name) throws InspectionRejected {
        String text = value.asText("").strip();
        if (!text.matches("[0-9]{1,6}")) {
            throw new InspectionRejected(name + ": the library " + machineName + " has no valid version");
        }
        return Integer.parseInt(text);
    }
}
