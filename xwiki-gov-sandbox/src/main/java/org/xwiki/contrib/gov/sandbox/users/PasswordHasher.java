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
package org.xwiki.contrib.gov.sandbox.users;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes sandbox passwords with PBKDF2-HMAC-SHA256 and a random salt, as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64).
 *
 * @version $Id$
 */
public final class PasswordHasher
{
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    private static final String PREFIX = "pbkdf2-sha256";

    private static final int ITERATIONS = 120_000;

    private static final int SALT_BYTES = 16;

    private static final int HASH_BITS = 256;

    private final SecureRandom random = new SecureRandom();

    /**
     * @param password a password
     * @return its salted hash
     */
    public String hash(String password)
    {
        byte[] salt = new byte[SALT_BYTES];
        this.random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return String.join("$", PREFIX, String.valueOf(ITERATIONS), base64.encodeToString(salt),
            base64.encodeToString(derive(password, salt, ITERATIONS)));
    }

    /**
     * @param password a submitted password
     * @param stored a hash made by {@link #hash}
     * @return whether the password matches, compared in constant time
     */
    public boolean matches(String password, String stored)
    {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        Base64.Decoder base64 = Base64.getDecoder();
        byte[] expected = base64.decode(parts[3]);
        byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations)
    {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}
