package vn.danvan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.danvan.shared.storage.CopyFilesToS3;

@SpringBootApplication
public class DanVanApplication {
    public static void main(String[] args) {
        if (CopyFilesToS3.asked(args)) {
            // the one-shot copy of the data folder into the bucket: nothing else starts
            System.exit(CopyFilesToS3.run(args));
        }
        SpringApplication.run(DanVanApplication.class, args);
    }
}
