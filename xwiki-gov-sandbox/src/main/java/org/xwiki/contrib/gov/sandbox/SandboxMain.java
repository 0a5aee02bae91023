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

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.xwiki.contrib.gov.GovException;
import org.xwiki.contrib.gov.audit.AuditEvidence;
import org.xwiki.contrib.gov.audit.AuditLog;
import org.xwiki.contrib.gov.audit.AuditRecord;
import org.xwiki.contrib.gov.audit.AuditVerification;
import org.xwiki.contrib.gov.audit.internal.AuditChainTask;
import org.xwiki.contrib.gov.audit.internal.AuditEvidenceCheck;
import org.xwiki.contrib.gov.i18n.Translations;

/**
 * The command line of the sandbox jar: runs the server, or verifies the audit chain ({@code verify-audit}).
 *
 * @version $Id$
 */
public final class SandboxMain
{
    /** What {@link #run} returns once the server runs. */
    public static final int RUNNING = -1;

    /** The exit code of an intact audit chain. */
    public static final int OK = 0;

    /** The exit code of a broken audit chain. */
    public static final int BROKEN_CHAIN = 1;

    /** The exit code of a start-up failure or bad arguments. */
    public static final int FAILURE = 2;

    private final PrintStream out;

    private final PrintStream err;

    private final Translations translations = Translations.load(SandboxMain.class.getClassLoader());

    /**
     * @param out where to print results
     * @param err where to print problems
     */
    public SandboxMain(PrintStream out, PrintStream err)
    {
        this.out = out;
        this.err = err;
    }

    /**
     * @param arguments see {@link SandboxOptions#usage()}
     */
    public static void main(String[] arguments)
    {
        int exitCode = new SandboxMain(System.out, System.err).run(List.of(arguments));
        if (exitCode != RUNNING) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs a command.
     *
     * @param arguments the command-line arguments
     * @return {@link #RUNNING} when the server was started (it stops when the JVM does), otherwise the exit code
     */
    public int run(List<String> arguments)
    {
        try {
            SandboxOptions options = SandboxOptions.parse(arguments);
            if (options.command() == SandboxOptions.Command.VERIFY_AUDIT) {
                return options.receipt().isPresent() ? verifyReceipt(options.receipt().get()) : verifyAudit(options);
            }
            Sandbox sandbox = Sandbox.start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "gov-sandbox-stop"));
            if (sandbox.isDemoDataCreated()) {
                this.out.println("Demo data created in " + options.dataFolder().toAbsolutePath()
                    + " (users alice, bob, hana, raj, ada, gov; password \"demo\").");
            }
            this.out.println("XWiki Gov sandbox is ready at " + sandbox.uri());
            return RUNNING;
        } catch (SandboxException e) {
            this.err.println(e.getMessage());
            return FAILURE;
        }
    }

    private int verifyAudit(SandboxOptions options) throws SandboxException
    {
        if (!Files.isDirectory(options.dataFolder())) {
            throw new SandboxException("There is no data folder at " + options.dataFolder().toAbsolutePath()
                + ". Name the sandbox's data folder with --data DIR.");
        }
        try (SandboxComponents components = SandboxComponents.boot(Sandbox.prepareDataFolder(options.dataFolder()))) {
            AuditLog auditLog = components.get(AuditLog.class);
            // Link the records that were waiting when the sandbox last stopped, so that the whole log is checked.
            while (auditLog.chainPending(AuditChainTask.BATCH) > 0) {
                // One batch at a time.
            }
            AuditVerification verification = auditLog.verify();
            if (verification.isIntact()) {
                this.out.println(english("gov.core.audit.intact", verification.recordsChecked()));
            } else {
                this.err.println(english("gov.core.audit.broken", verification.firstBrokenSequence().orElseThrow(),
                    english(verification.problem().orElseThrow())));
            }
            this.out.println(english("gov.core.audit.checkpointWindow", auditLog.getLastCheckpoint(),
                auditLog.getCheckpointKeyFingerprint()));
            return verification.isIntact() ? OK : BROKEN_CHAIN;
        } catch (GovException e) {
            throw new SandboxException("Cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** Checks a receipt's evidence with nothing but the receipt: no data folder, no database, no server. */
    private int verifyReceipt(Path receipt) throws SandboxException
    {
        Optional<AuditEvidence> evidence;
        try {
            evidence = AuditEvidence.find(Files.readString(receipt, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SandboxException("Cannot read the receipt " + receipt.toAbsolutePath() + ": " + e.getMessage(),
                e);
        } catch (IllegalArgumentException e) {
            this.err.println(english("gov.core.audit.evidence.malformed", e.getMessage()));
            return FAILURE;
        }
        if (evidence.isEmpty()) {
            this.err.println(english("gov.core.audit.evidence.none"));
            return FAILURE;
        }
        Optional<String> problem = AuditEvidenceCheck.problem(evidence.get());
        if (problem.isPresent()) {
            this.err.println(english("gov.core.audit.evidence.broken", english(problem.get())));
            return BROKEN_CHAIN;
        }
        AuditRecord record = evidence.get().record();
        this.out.println(english("gov.core.audit.evidence.holds", record.sequence(), record.type(),
            evidence.get().checkpointSequence(), evidence.get().checkpointAt(), evidence.get().fingerprint()));
        this.out.println(english("gov.core.audit.evidence.details", record.actorId(), record.recordedAt(),
            record.payload()));
        return OK;
    }

    private String english(String key, Object... parameters)
    {
        return this.translations.format(key, List.of(parameters), Locale.ENGLISH);
    }
}
