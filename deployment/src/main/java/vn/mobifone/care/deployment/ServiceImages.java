package vn.mobifone.care.deployment;

import com.google.cloud.tools.jib.api.JibContainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.mobifone.care.devstack.SuiteService;

/**
 * Builds the images of the five packaged services, without a Docker daemon:
 *
 * <pre>
 * ./mvnw -DskipTests package -Pimages                                  # tarballs in deployment/target/images/
 * ./mvnw -DskipTests package -Pimages -Dimages.base=tar:///srv/temurin-17-jre.tar
 * ./mvnw -DskipTests package -Pimages -Dimages.registry=registry.example.vn/care   # pushes
 * </pre>
 *
 * Arguments: {@code <repo root> <base image> <output directory> <registry prefix or ->}.
 */
public final class ServiceImages {

    private ServiceImages() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: ServiceImages <repo root> <base image> <output directory> <registry prefix or ->");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        String base = args[1];
        Path output = Path.of(args[2]).toAbsolutePath().normalize();
        String registry = args[3].equals("-") ? null : args[3];
        List<String> built = new ArrayList<>();
        for (SuiteService service : SuiteService.ALL) {
            ServiceImage image = new ServiceImage(root, service.module(), service.port());
            String name = (registry == null ? "care" : registry) + "/" + service.module() + ":" + version();
            JibContainer container = registry == null
                    ? image.toTarball(base, output.resolve(service.module() + ".tar"), name)
                    : image.toRegistry(base, name, output);
            built.add(String.format("%-27s %s %s", service.module(), name, container.getDigest()));
        }
        System.out.println("Images built from " + base + (registry == null ? " into " + output : "") + ":");
        built.forEach(System.out::println);
    }

    private static String version() {
        return System.getProperty("images.tag", "latest");
    }
}
