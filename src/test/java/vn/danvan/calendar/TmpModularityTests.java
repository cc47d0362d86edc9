package vn.danvan.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class TmpModularityTests {
    @Test
    void verify() {
        var modules = ApplicationModules.of(vn.danvan.DanVanApplication.class);
        System.out.println(modules.getModuleByName("shared").orElseThrow().getNamedInterfaces());
        modules.verify();
    }
}
