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
package org.xwiki.contrib.gov.audit.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.xwiki.component.annotation.Component;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.GovException;

/**
 * RFC 3161 time-stamps of the audit checkpoints, when {@code gov.audit.timestampUrl} names a time-stamping authority:
 * the authority signs that each checkpoint line existed at its time, which neither the database nor the audit key
 * can change afterwards. Tokens are kept in {@code timestamps.log} beside the checkpoints, one line per checkpoint:
 * its number and the token, DER, Base64. A checkpoint the authority did not stamp (it was unreachable) is stamped at
 * a later round.
 *
 * @version $Id$
 */
@Component(roles = AuditTimestamps.class)
@Singleton
public class AuditTimestamps
{
    private static final String FILE = "timestamps.log";

    private static final String PROBLEM = "gov.core.audit.problem.timestamp";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** How much earlier than its checkpoint's own time a stamp may be: the two clocks differ a little. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SecureRandom random = new SecureRandom();

    @Inject
    private AuditSigningKey key;

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    @Inject
    private Logger logger;

    /**
     * Asks the authority for a time-stamp of each signed checkpoint that has none, oldest first; stops at the first
     * failure (logged), to try again at the next round.
     *
     * @param checkpoints the checkpoints of the checkpoint file
     * @return how many were stamped
     * @throws GovException when the time-stamp file cannot be read or written
     */
    public synchronized int stampMissing(Collection<AuditCheckpoint> checkpoints) throws GovException
    {
        String url = this.configuration.getProperty("gov.audit.timestampUrl", "").strip();
        if (url.isEmpty()) {
            return 0;
        }
        Map<Long, String> stamped = read();
        int count = 0;
        for (AuditCheckpoint checkpoint : checkpoints) {
            if (stamped.containsKey(checkpoint.sequence()) || checkpoint.signature().isEmpty()) {
                continue;
            }
            String token;
            try {
                token = request(URI.create(url), imprint(checkpoint));
            } catch (IOException | TSPException | IllegalArgumentException e) {
                this.logger.warn("The time-stamping authority {} did not stamp audit checkpoint {} (tried again at "
                    + "the next round): {}", url, checkpoint.sequence(), e.getMessage());
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            AuditCheckpoints.appendLine(file(), checkpoint.sequence() + " " + token);
            count++;
        }
        return count;
    }

    /**
     * @return the tokens of the file, by checkpoint number (a line that is not one is kept under -1 with its text)
     * @throws GovException when the file cannot be read
     */
    public Map<Long, String> read() throws GovException
    {
        Map<Long, String> tokens = new LinkedHashMap<>();
        Path file = file();
        if (!Files.exists(file)) {
            return tokens;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2 && parts[0].matches("\\d{1,18}")) {
                    tokens.put(Long.parseLong(parts[0]), parts[1]);
                } else if (!line.isBlank()) {
                    tokens.put(-1L, line);
                }
            }
        } catch (IOException e) {
            throw new GovException(e, "gov.core.audit.error.checkpointFile", file, e.getMessage());
        }
        return tokens;
    }

    /**
     * @param checkpoint a checkpoint
     * @param token its time-stamp token, DER, Base64
     * @return the translation key of what is wrong, empty when the token stamps this checkpoint and its authority
     *     signed it ({@code gov.audit.timestampCertificate}, when set, names the only authority accepted)
     */
    public Optional<String> problem(AuditCheckpoint checkpoint, String token)
    {
        try {
            TimeStampToken stamp = new TimeStampToken(new CMSSignedData(
                Base64.getDecoder().decode(token)));
            if (!Arrays.equals(stamp.getTimeStampInfo().getMessageImprintDigest(), imprint(checkpoint))) {
                return Optional.of(PROBLEM);
            }
            Optional<X509CertificateHolder> certificate = stamp.getCertificates().getMatches(stamp.getSID()).stream()
                .findFirst();
            if (certificate.isEmpty() || !isTrusted(certificate.get())) {
                return Optional.of(PROBLEM);
            }
            stamp.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.get()));
            Instant stampedAt = stamp.getTimeStampInfo().getGenTime().toInstant();
            return stampedAt.isBefore(checkpoint.at().minus(CLOCK_SKEW)) ? Optional.of(PROBLEM) : Optional.empty();
        } catch (TSPException | CMSException | IOException | OperatorCreationException
            | CertificateException | IllegalArgumentException e) {
            return Optional.of(PROBLEM);
        }
    }

    private boolean isTrusted(X509CertificateHolder certificate) throws IOException
    {
        String trusted = this.configuration.getProperty("gov.audit.timestampCertificate", "").strip();
        if (trusted.isEmpty()) {
            return true;
        }
        return Arrays.equals(certificate.getEncoded(), readCertificate(Path.of(trusted)));
    }

    /** The authority's certificate an administrator names, PEM or DER. */
    private static byte[] readCertificate(Path file) throws IOException
    {
        byte[] content = Files.readAllBytes(file);
        String text = new String(content, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN CERTIFICATE-----")) {
            return content;
        }
        return Base64.getDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private String request(URI authority, byte[] imprint) throws IOException, TSPException, InterruptedException
    {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint,
            new BigInteger(64, this.random));
        HttpResponse<byte[]> answer = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(
            HttpRequest.newBuilder(authority).timeout(TIMEOUT).header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new IOException("HTTP status " + answer.statusCode());
        }
        TimeStampResponse response = new TimeStampResponse(answer.body());
        // Checks the status, the nonce and that the token stamps what was asked.
        response.validate(request);
        return Base64.getEncoder().encodeToString(response.getTimeStampToken().getEncoded());
    }

    /**
     * @param checkpoint a checkpoint
     * @return what the authority stamps: the SHA-256 of the checkpoint's line, as the checkpoint file holds it
     */
    static byte[] imprint(AuditCheckpoint checkpoint)
    {
        try {
            return MessageDigest.getInstance("SHA-256").digest(checkpoint.toLine().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private Path file()
    {
        return this.key.getFolder().resolve(FILE);
    }
}
