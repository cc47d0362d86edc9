package vn.danvan.organisation;

/**
 * One module's demo data (dữ liệu mẫu), loaded when {@code danvan.demo} is on: a package-private component
 * of the module that writes through the module's own services and repositories, so that demo data obeys
 * the rules real data does. The demo runner calls the steps in {@link DemoStage} order, each in its own
 * transaction, and skips a step whose data is {@link #loaded() already there}; at most one step per stage.
 */
public interface DemoStep {

    /** Where the step runs in the order: after the steps whose data it reads. */
    DemoStage stage();

    /** Whether the step's data is already in the database (a restart, or data entered by people). */
    boolean loaded();

    /** Loads the step's data of the set, inside the transaction the runner opened. */
    void load(DemoDataset set);
}
