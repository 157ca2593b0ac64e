package org.crossmargin.simulation.cli;

import picocli.CommandLine;

/** The engine version, from the jar manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {
    /** The version written into summary.json. */
    public static String engineVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"crossmargin " + engineVersion()};
    }
}
