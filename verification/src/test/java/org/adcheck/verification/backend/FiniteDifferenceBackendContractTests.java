package org.adcheck.verification.backend;

class FiniteDifferenceBackendContractTests extends BackendContractTests {

    private final Backend backend = new FiniteDifferenceBackend();

    @Override
    Backend backend() {
        return backend;
    }

    @Override
    double relativeAccuracy() {
        return 1e-9;
    }
}
