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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

import org.xwiki.component.annotation.Component;
import org.xwiki.component.phase.Initializable;
import org.xwiki.component.phase.InitializationException;
import org.xwiki.configuration.ConfigurationSource;
import org.xwiki.contrib.gov.audit.AuditEvidence;
import org.xwiki.contrib.gov.security.SecretFiles;
import org.xwiki.environment.Environment;

/**
 * The audit's key material, kept outside the database: in the folder {@code gov.audit.keyFolder} of
 * {@code xwiki.properties}, by default {@code <permanent directory>/gov/audit-key}, created at first start. The Ed25519
 * key that signs the chain's checkpoints ({@code signing.key}, readable by its owner only, and {@code signing.pub}),
 * and the HMAC-SHA256 secret that authenticates the entries waiting to be chained ({@code pending.key}, owner only).
 *
 * @version $Id$
 */
@Component(roles = AuditSigningKey.class)
@Singleton
public class AuditSigningKey implements Initializable
{
    private static final String ALGORITHM = "Ed25519";

    private static final String MAC_ALGORITHM = "HmacSHA256";

    private static final int MAC_KEY_BYTES = 32;

    @Inject
    private Environment environment;

    @Inject
    @Named("xwikiproperties")
    private ConfigurationSource configuration;

    private PrivateKey privateKey;

    private PublicKey publicKey;

    private Path folder;

    private SecretKeySpec macKey;

    @Override
    public void initialize() throws InitializationException
    {
        String configured = this.configuration.getProperty("gov.audit.keyFolder", "");
        this.folder = configured.isBlank()
            ? this.environment.getPermanentDirectory().toPath().resolve("gov").resolve("audit-key")
            : Path.of(configured);
        Path privateFile = this.folder.resolve("signing.key");
        Path publicFile = this.folder.resolve("signing.pub");
        try {
            if (!Files.exists(privateFile)) {
                create(privateFile, publicFile);
            }
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            this.privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            this.publicKey = keys.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
            this.macKey = new SecretKeySpec(SecretFiles.readOrCreate(this.folder.resolve("pending.key"), MAC_KEY_BYTES),
                MAC_ALGORITHM);
        } catch (IOException | GeneralSecurityException e) {
            throw new InitializationException("Cannot read or create the audit signing key in " + this.folder, e);
        }
    }

    private static void create(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException
    {
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        SecretFiles.writeOwnerOnly(privateFile, pair.getPrivate().getEncoded());
        Files.write(publicFile, pair.getPublic().getEncoded());
    }

    /**
     * @param text what to authenticate
     * @return its HMAC-SHA256 with the secret kept outside the database, hexadecimal
     */
    public String mac(String text)
    {
        try {
            Mac mac = Mac.getInstance(MAC_ALGORITHM);
            mac.init(this.macKey);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + MAC_ALGORITHM, e);
        }
    }

    /**
     * @param text what was authenticated
     * @param mac the HMAC received
     * @return whether it is the text's HMAC, compared in constant time
     */
    public boolean isMacValid(String text, String mac)
    {
        return mac != null && MessageDigest.isEqual(mac(text).getBytes(StandardCharsets.US_ASCII),
            mac.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @return the folder holding the key, where the checkpoint file is kept too
     */
    public Path getFolder()
    {
        return this.folder;
    }

    /**
     * @param text what to sign
     * @return its signature, Base64
     */
    public String sign(byte[] text)
    {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(this.privateKey);
            signature.update(text);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime signs with " + ALGORITHM, e);
        }
    }

    /**
     * @param text what was signed
     * @param signature its signature, Base64
     * @return whether this key signed it
     */
    public boolean verify(byte[] text, String signature)
    {
        return verify(this.publicKey, text, signature);
    }

    /**
     * Checks a signature with a public key alone, as an auditor does offline.
     *
     * @param publicKey the public key, X.509, Base64
     * @param text what was signed
     * @param signature its signature, Base64
     * @return whether the key's private half signed it; false when the key or the signature is not well formed
     */
    public static boolean verify(String publicKey, byte[] text, String signature)
    {
        try {
            return verify(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(publicKey))), text, signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean verify(PublicKey key, byte[] text, String signature)
    {
        try {
            Signature check = Signature.getInstance(ALGORITHM);
            check.initVerify(key);
            check.update(text);
            return check.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @return the public key, X.509, Base64: what a receipt carries to be checked without the server
     */
    public String getPublicKeyText()
    {
        return Base64.getEncoder().encodeToString(this.publicKey.getEncoded());
    }

    /**
     * @return the SHA-256 of the public key, hexadecimal: what an auditor compares with the fingerprint they noted
     */
    public String getFingerprint()
    {
        return AuditEvidence.fingerprint(this.publicKey.getEncoded());
    }
}
