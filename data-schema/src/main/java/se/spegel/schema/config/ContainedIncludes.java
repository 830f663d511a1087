package se.spegel.schema.config;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderClasspath;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigIncluderURL;
import com.typesafe.config.ConfigObject;
import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import se.spegel.schema.input.InputException;

/**
 * HOCON {@code include}s of a user's configuration or job file, kept to the file's own folder: a
 * job file is often handed from one analyst to another, and {@code include file("/etc/passwd")}
 * (or {@code url(...)}, {@code classpath(...)}) would read whatever the running user may read
 * into the settings, and from there into run.json. {@code include "x.conf"} and
 * {@code include file("x.conf")} of a file in that folder or below it work as usual; any other
 * include stops the run with one line naming the file.
 */
final class ContainedIncludes
        implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL, ConfigIncluderClasspath {
    private final Path file;
    private final Path folder;

    ContainedIncludes(Path file) {
        this.file = file;
        Path parent = file.toAbsolutePath().normalize().getParent();
        this.folder = parent == null ? Path.of("/") : parent;
    }

    @Override
    public ConfigIncluder withFallback(ConfigIncluder fallback) {
        return this; // nothing falls through to the default includer, which would read anything
    }

    @Override
    public ConfigObject include(ConfigIncludeContext context, String what) {
        if (what.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw refused("include \"" + what + "\" names a URL");
        }
        return ConfigFactory.parseFileAnySyntax(
                        inside(what, "include \"" + what + "\"").toFile(), context.parseOptions())
                .root();
    }

    @Override
    public ConfigObject includeFile(ConfigIncludeContext context, File what) {
        String shown = "include file(\"" + what + "\")";
        return ConfigFactory.parseFile(inside(what.getPath(), shown).toFile(), context.parseOptions())
                .root();
    }

    @Override
    public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
        throw refused("include url(\"" + what + "\")");
    }

    @Override
    public ConfigObject includeResources(ConfigIncludeContext context, String what) {
        throw refused("include classpath(\"" + what + "\")");
    }

    /** The included file, relative to this file's folder, when it lies in that folder or below. */
    private Path inside(String name, String shown) {
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder)) {
            throw refused(shown);
        }
        return target;
    }

    private InputException refused(String include) {
        return InputException.ofFile(
                file,
                include + " is refused: a configuration file may include only files in its" + " own folder (" + folder
                        + ") or below it");
    }
}
