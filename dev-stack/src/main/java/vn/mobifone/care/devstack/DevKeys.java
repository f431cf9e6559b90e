package vn.mobifone.care.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs local tokens, generated on first use into a git-ignored folder:
 * services verify with {@code public.pem}, {@link DevTokens} signs with {@code private.pem}.
 */
public final class DevKeys {

    public static final String ISSUER = "https://sso.care.mobifone.vn";

    private final Path dir;

    private DevKeys(Path dir) {
        this.dir = dir;
    }

    public static DevKeys loadOrCreate(Path dir) {
        DevKeys keys = new DevKeys(dir);
        if (!Files.exists(keys.publicKeyFile()) || !Files.exists(keys.privateKeyFile())) {
            keys.generate();
        }
        return keys;
    }

    public Path publicKeyFile() {
        return dir.resolve("public.pem");
    }

    public Path privateKeyFile() {
        return dir.resolve("private.pem");
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(privateKeyFile(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read " + privateKeyFile(), e);
        }
    }

    private synchronized void generate() {
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Path privateTmp = Files.createTempFile(dir, "private", ".tmp");
            Files.writeString(privateTmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Path publicTmp = Files.createTempFile(dir, "public", ".tmp");
            Files.writeString(publicTmp, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.move(privateTmp, privateKeyFile(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.move(publicTmp, publicKeyFile(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create keys in " + dir, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
