package org.adcheck.verification.backend;

class ForwardAdBackendContractTests extends BackendContractTests {

    private final Backend backend = new ForwardAdBackend();

    @Override
    Backend backend() {
        return backend;
    }

    @Override
    double relativeAccuracy() {
        return 1e-15;
    }
}
