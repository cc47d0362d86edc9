package vn.danvan.consultation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.danvan.organisation.OrganisationService;

/**
 * With {@code danvan.demo} on, gives the demo communes their hamlets (ấp) and the township its
 * quarters (khu phố) with household counts of the size such places have, and a few consultations in
 * An Linh and Phước Vĩnh (see {@link DemoConsultations}), when no area exists yet.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ConsultationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConsultationDemo.class);

    private static final Object[][] AREAS = {
        {"ABINH", "Ấp Bình Thắng", 612}, {"ABINH", "Ấp Bình Hòa", 538}, {"ABINH", "Ấp Nhà Mát", 447},
        {"ABINH", "Ấp Đồng Sẵn", 395}, {"ABINH", "Ấp Cà Na", 326},
        {"ALINH", "Ấp Cây Khô", 480}, {"ALINH", "Ấp Bùng Binh", 402}, {"ALINH", "Ấp Cây Điệp", 365},
        {"ALINH", "Ấp Bà Mãng", 290},
        {"PVINH", "Khu phố 1", 845}, {"PVINH", "Khu phố 2", 790}, {"PVINH", "Khu phố 3", 712},
        {"PVINH", "Khu phố 4", 668}, {"PVINH", "Khu phố 5", 534}};

    private final boolean demo;
    private final ResidentialAreas areas;
    private final OrganisationService organisation;
    private final TransactionTemplate transactions;
    private final DemoConsultations consultations;

    ConsultationDemo(@Value("${danvan.demo:false}") boolean demo, ResidentialAreas areas,
            OrganisationService organisation, TransactionTemplate transactions, DemoConsultations consultations) {
        this.demo = demo;
        this.consultations = consultations;
        this.areas = areas;
        this.organisation = organisation;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || !areas.empty()) {
            return;
        }
        transactions.executeWithoutResult(s -> {
            for (Object[] a : AREAS) {
                organisation.unitByCode((String) a[0])
                        .ifPresent(u -> areas.addDemo(u.id(), (String) a[1], (Integer) a[2]));
            }
            var anLinh = organisation.unitByCode("ALINH");
            var phuocVinh = organisation.unitByCode("PVINH");
            if (anLinh.isPresent() && phuocVinh.isPresent()) {
                consultations.load(anLinh.get().id(), phuocVinh.get().id());
            }
        });
        log.info("Loaded the demo residential areas and consultations");
    }
}
