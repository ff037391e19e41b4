package org.adcheck.verification.backend;

/** The pytorch backend must load; if it cannot, this fails with the reason, never skips. */
class PytorchBackendContractTests extends BackendContractTests {

    @Override
    Backend backend() {
        return Backends.named("pytorch");
    }

    @Override
    double relativeAccuracy() {
        return 1e-14;
    }
}
