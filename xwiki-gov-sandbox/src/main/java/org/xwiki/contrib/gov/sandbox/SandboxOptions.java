/*
 * See the NOTICE file distributed with this work for additional
 * information regarding copyright ownership.
 *
 * This is free software; you can redistribute it and/or modify it
 * under the terms of the GNU Lesser General Public License as
 * published by the Free Software Foundation; either version 2.1 of
 * the License, or (at your option) any later version.
 *
 * This software is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this software; if not, write to the Free
 * Software Foundation, Inc., 51 Franklin St, Fifth Floor, Boston, MA
 * 02110-1301 USA, or see the FSF site: http://www.fsf.org.
 */
package org.xwiki.contrib.gov.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code [verify-audit [--receipt FILE]] [--port N] [--host H] [--data DIR] [--demo-people N]}.
 *
 * @param command what to do
 * @param port the HTTP port, 0 for any free port
 * @param host the interface to listen on
 * @param dataFolder the folder holding the database and keys
 * @param receipt the receipt whose audit evidence {@code verify-audit} checks alone, without the data folder
 * @param demoPeople how many generated employees the demo data has besides its named people, when it is created
 * @version $Id$
 */
public record SandboxOptions(Command command, int port, String host, Path dataFolder, Optional<Path> receipt,
    int demoPeople)
{
    /** The default HTTP port. */
    public static final int DEFAULT_PORT = 8080;

    /** The default data folder, relative to the working directory. */
    public static final String DEFAULT_DATA = "gov-data";

    /** How many generated employees new demo data has besides its named people, unless told otherwise. */
    public static final int DEFAULT_DEMO_PEOPLE = 66;

    private static final int MAX_PORT = 65535;

    private static final int MAX_DEMO_PEOPLE = 1_000_000;

    /**
     * Options without a receipt, with the demo's usual number of generated employees.
     *
     * @param command what to do
     * @param port the HTTP port, 0 for any free port
     * @param host the interface to listen on
     * @param dataFolder the folder holding the database and keys
     */
    public SandboxOptions(Command command, int port, String host, Path dataFolder)
    {
        this(command, port, host, dataFolder, Optional.empty(), DEFAULT_DEMO_PEOPLE);
    }

    /**
     * What the sandbox is asked to do.
     */
    public enum Command
    {
        /** Run the server. */
        SERVE,
        /** Verify the audit chain and exit. */
        VERIFY_AUDIT
    }

    /**
     * @param arguments the command-line arguments
     * @return the options they give
     * @throws SandboxException when an argument is unknown, lacks its value or has a bad value
     */
    public static SandboxOptions parse(List<String> arguments) throws SandboxException
    {
        Command command = Command.SERVE;
        int port = DEFAULT_PORT;
        String host = "localhost";
        Path data = Path.of(DEFAULT_DATA);
        Optional<Path> receipt = Optional.empty();
        int demoPeople = DEFAULT_DEMO_PEOPLE;
        int index = 0;
        if (!arguments.isEmpty() && "verify-audit".equals(arguments.get(0))) {
            command = Command.VERIFY_AUDIT;
            index = 1;
        }
        for (; index < arguments.size(); index++) {
            String argument = arguments.get(index);
            switch (argument) {
                case "--port" -> port = parseCount(argument, valueOf(arguments, ++index, argument), MAX_PORT);
                case "--host" -> host = valueOf(arguments, ++index, argument);
                case "--data" -> data = Path.of(valueOf(arguments, ++index, argument));
                case "--receipt" -> receipt = Optional.of(Path.of(valueOf(arguments, ++index, argument)));
                case "--demo-people" -> demoPeople = parseCount(argument, valueOf(arguments, ++index, argument),
                    MAX_DEMO_PEOPLE);
                default -> throw new SandboxException("Unknown argument: " + argument + "\n" + usage());
            }
        }
        if (receipt.isPresent() && command != Command.VERIFY_AUDIT) {
            throw new SandboxException("--receipt goes with verify-audit.\n" + usage());
        }
        return new SandboxOptions(command, port, host, data, receipt, demoPeople);
    }

    /**
     * @return how to call the sandbox
     */
    public static String usage()
    {
        return "Usage: java -jar xwiki-gov-sandbox.jar [--port N] [--host HOST] [--data DIR] [--demo-people N]\n"
            + "       java -jar xwiki-gov-sandbox.jar verify-audit [--data DIR]\n"
            + "       java -jar xwiki-gov-sandbox.jar verify-audit --receipt FILE\n"
            + "Defaults: port " + DEFAULT_PORT + ", host localhost, data folder ./" + DEFAULT_DATA + ", "
            + DEFAULT_DEMO_PEOPLE + " generated employees in new demo data";
    }

    private static String valueOf(List<String> arguments, int index, String option) throws SandboxException
    {
        if (index >= arguments.size()) {
            throw new SandboxException(option + " needs a value.\n" + usage());
        }
        return arguments.get(index);
    }

    private static int parseCount(String option, String value, int max) throws SandboxException
    {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0 && count <= max) {
                return count;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new SandboxException(option + " must be a number from 0 to " + max + ", not \"" + value + "\".");
    }
}
