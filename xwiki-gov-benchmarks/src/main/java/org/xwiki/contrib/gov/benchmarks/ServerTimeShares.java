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
package org.xwiki.contrib.gov.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's time went during a phase of the load, from its flight recording: each sample of a running thread
 * other than the background tasks' (Jetty's request threads, and H2's writer, which stores what they commit) is given
 * to the layer of the innermost frame that belongs to one (the code that was running, not its callers), so the shares
 * say which layer the requests' time was spent in.
 *
 * @version $Id$
 */
final class ServerTimeShares
{
    /** The layers, in the order the report lists them. */
    enum Layer
    {
        /** Checking who is signed in, and signing in. */
        SIGN_IN("sign-in check", "org.xwiki.contrib.gov.sandbox.web.SandboxLoginService",
            "org.xwiki.contrib.gov.sandbox.web.SignInFormAuthenticator", "org.xwiki.contrib.gov.sandbox.users.",
            "org.eclipse.jetty.security."),
        /** Checking the CSRF token. */
        CSRF("CSRF token check", "org.xwiki.contrib.gov.sandbox.web.HmacCsrfGuard"),
        /** Rendering the templates. */
        VELOCITY("Velocity rendering", "org.apache.velocity.", "org.xwiki.velocity.",
            "org.xwiki.contrib.gov.sandbox.web.TemplateRenderer"),
        /** The search index. */
        LUCENE("search index (Lucene)", "org.apache.lucene."),
        /** The database. */
        DATABASE("database (H2)", "org.h2.", "com.zaxxer.hikari."),
        /** The extensions' services, stores and script services. */
        SERVICES("services", "org.xwiki.contrib.gov."),
        /** XWiki's rendering of guideline texts and its components. */
        XWIKI("XWiki rendering and components", "org.xwiki."),
        /** Jetty and the JSON writer. */
        SERVER("Jetty, HTTP and JSON", "org.eclipse.jetty.", "com.fasterxml.jackson."),
        /** The JDK and everything else. */
        OTHER("the JDK and other libraries");

        private final String label;

        private final List<String> prefixes;

        Layer(String label, String... prefixes)
        {
            this.label = label;
            this.prefixes = List.of(prefixes);
        }

        /**
         * @return what the report calls it
         */
        String label()
        {
            return this.label;
        }

        private boolean owns(String type)
        {
            return this.prefixes.stream().anyMatch(type::startsWith);
        }
    }

    /**
     * When a phase ran.
     *
     * @param from its start
     * @param to its end
     */
    record Window(Instant from, Instant to)
    {
        private boolean contains(Instant time)
        {
            return !time.isBefore(this.from) && !time.isAfter(this.to);
        }
    }

    /** The name of the thread of the background tasks (audit chaining, index catch-up, reminders…). */
    private static final String BACKGROUND_TASKS = "gov-tasks";

    private final Map<Layer, Integer> samples = new EnumMap<>(Layer.class);

    private int total;

    /**
     * @param recording the server's flight recording
     * @param phases when each phase ran, by name
     * @return each phase's shares, by name, in the same order
     * @throws IOException when the recording cannot be read
     */
    static Map<String, ServerTimeShares> read(Path recording, Map<String, Window> phases) throws IOException
    {
        Map<String, ServerTimeShares> shares = new LinkedHashMap<>();
        phases.keySet().forEach(name -> shares.put(name, new ServerTimeShares()));
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if ("jdk.ExecutionSample".equals(event.getEventType().getName()) && event.getStackTrace() != null
                    && isRequestWork(event)) {
                    for (Map.Entry<String, Window> phase : phases.entrySet()) {
                        if (phase.getValue().contains(event.getStartTime())) {
                            shares.get(phase.getKey()).add(layerOf(event.getStackTrace().getFrames()));
                        }
                    }
                }
            }
        }
        return shares;
    }

    private static boolean isRequestWork(RecordedEvent sample)
    {
        RecordedThread thread = sample.getThread("sampledThread");
        return thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith(BACKGROUND_TASKS);
    }

    private static Layer layerOf(List<RecordedFrame> frames)
    {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Layer layer : Layer.values()) {
                if (layer != Layer.OTHER && layer.owns(type)) {
                    return layer;
                }
            }
        }
        return Layer.OTHER;
    }

    private void add(Layer layer)
    {
        this.samples.merge(layer, 1, Integer::sum);
        this.total++;
    }

    /**
     * @return how many samples the phase had
     */
    int total()
    {
        return this.total;
    }

    /**
     * @param layer a layer
     * @return its share of the phase's samples, in percent
     */
    double percent(Layer layer)
    {
        return this.total == 0 ? 0 : 100.0 * this.samples.getOrDefault(layer, 0) / this.total;
    }

    /**
     * @param phases the phases' names and shares, in order
     * @return a Markdown table: a row per layer, a column per phase
     */
    static String toMarkdown(Map<String, ServerTimeShares> phases)
    {
        StringBuilder table = new StringBuilder("| Layer (innermost frame) |");
        StringBuilder rule = new StringBuilder("|---|");
        phases.keySet().forEach(name -> {
            table.append(' ').append(name).append(" |");
            rule.append("---|");
        });
        table.append('\n').append(rule).append('\n');
        for (Layer layer : Layer.values()) {
            table.append("| ").append(layer.label()).append(" |");
            phases.values().forEach(shares -> table.append(String.format(Locale.ROOT, " %.1f %% |",
                shares.percent(layer))));
            table.append('\n');
        }
        table.append("| samples |");
        phases.values().forEach(shares -> table.append(String.format(Locale.ROOT, " %,d |", shares.total())));
        return table.append('\n').toString();
    }
}
