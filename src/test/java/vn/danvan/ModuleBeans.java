package vn.danvan;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;

/** The DanVan modules whose beans a started context holds. */
public final class ModuleBeans {

    private ModuleBeans() {
    }

    public static Set<String> modulesIn(ApplicationContext context) {
        Set<String> modules = new TreeSet<>();
        Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(t -> t != null)
                .map(t -> AopUtils.isAopProxy(t) ? t.getSuperclass() : t).map(Class::getName)
                .filter(n -> n.startsWith("vn.danvan.") && n.indexOf('.', "vn.danvan.".length()) > 0)
                .forEach(n -> modules.add(n.substring("vn.danvan.".length(), n.indexOf('.', "vn.danvan.".length()))));
        return modules;
    }
}
