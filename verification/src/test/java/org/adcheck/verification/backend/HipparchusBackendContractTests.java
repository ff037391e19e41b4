package org.adcheck.verification.backend;

class HipparchusBackendContractTests extends BackendContractTests {

    @Override
    Backend backend() {
        return Backends.named("hipparchus");
    }

    @Override
    double relativeAccuracy() {
        return 1e-14;
    }
}
