package com.workgate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.junit.jupiter.api.Test;

class ResourceMethodTest {

    public abstract static class EventResource {
        @POST
        public String submit() {
            return "";
        }
    }

    // no @Path: ResourceAnnotationsTest reads this module's test classes too
    public static class ThingResource extends EventResource {
        @GET
        public String list() {
            return "";
        }

        public String helper() {
            return "";
        }
    }

    @Test
    void theScannersIdNamesTheResourceClassAndItsInheritedMethod() {
        ResourceMethod submit = ResourceMethod.named(ThingResource.class.getName() + "_submit");
        assertEquals(ThingResource.class, submit.resourceClass(), "the class the operation is published under");
        assertEquals(EventResource.class, submit.method().getDeclaringClass());
        assertEquals("ThingResource_submit", submit.publishedOperationId());
        assertEquals("list", ResourceMethod.named(ThingResource.class.getName() + "_list").method().getName());
    }

    @Test
    void anIdThatNamesNoResourceMethodOfThisDeploymentIsNotOurs() {
        assertNull(ResourceMethod.named(null));
        assertNull(ResourceMethod.named("ThingResource"), "no method part");
        assertNull(ResourceMethod.named("com.example.Elsewhere_list"), "a class this deployment does not have");
        assertNull(ResourceMethod.named(ThingResource.class.getName() + "_missing"));
    }
}
