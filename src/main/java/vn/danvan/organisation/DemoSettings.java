package vn.danvan.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is loaded ({@code danvan.demo}) and which set ({@code danvan.demo-dataset}). The set
 * is read when the application starts, so a name that is not a set stops start-up with a message.
 */
@Component
class DemoSettings {

    private final boolean enabled;
    private final DemoDataset dataset;

    DemoSettings(@Value("${danvan.demo:false}") boolean enabled,
            @Value("${danvan.demo-dataset:phu-giao-2018}") String dataset) {
        this.enabled = enabled;
        this.dataset = DemoDataset.named(dataset);
    }

    boolean enabled() {
        return enabled;
    }

    DemoDataset dataset() {
        return dataset;
    }
}
