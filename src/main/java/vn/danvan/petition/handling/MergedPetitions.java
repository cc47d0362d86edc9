package vn.danvan.petition.handling;

import org.springframework.stereotype.Component;

/** A merged petition follows the one it was merged into: the citizen sees that one's status and answer. */
@Component
public class MergedPetitions {

    public static final int MAX_HOPS = 10;

    private final PetitionRepository petitions;

    MergedPetitions(PetitionRepository petitions) {
        this.petitions = petitions;
    }

    /** The petition {@code p} was merged into, following merges of merges; {@code p} itself when not merged. */
    public Petition followed(Petition p) {
        Petition current = p;
        for (int hop = 0; hop < MAX_HOPS && current.status() == PetitionStatus.MERGED
                && current.mergedIntoId() != null; hop++) {
            var next = petitions.find(current.mergedIntoId());
            if (next.isEmpty() || next.get().id().equals(p.id())) {
                break;
            }
            current = next.get();
        }
        return current;
    }
}
