package iosim.config.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code crypto pki trustpoint NAME}. */
public final class Trustpoint extends ModelObject {
    private final String name;
    private String enrollment;
    private String subjectName;
    private final List<String> revocationCheck = new ArrayList<>();
    private String rsaKeypair;
    private Integer rsaKeypairSize;
    private String ecKeypair;
    private final List<ChainCertificate> chain = new ArrayList<>();

    public Trustpoint(String name) {
        this.name = name;
    }

    public String name() { return name; }
    /** {@code selfsigned}, {@code terminal}, {@code terminal pem} or {@code url URL}; null when unset. */
    public String enrollment() { return enrollment; }
    public void setEnrollment(String e) { this.enrollment = e; }
    public String subjectName() { return subjectName; }
    public void setSubjectName(String s) { this.subjectName = s; }
    public List<String> revocationCheck() { return List.copyOf(revocationCheck); }
    public void setRevocationCheck(List<String> methods) { revocationCheck.clear(); revocationCheck.addAll(methods); }
    /** The RSA key pair label, or null. */
    public String rsaKeypair() { return rsaKeypair; }
    public Integer rsaKeypairSize() { return rsaKeypairSize; }
    public void setRsaKeypair(String label, Integer size) { this.rsaKeypair = label; this.rsaKeypairSize = size; }
    /** {@code eckeypair LABEL}: the EC key pair label, or null. */
    public String ecKeypair() { return ecKeypair; }
    public void setEcKeypair(String label) { this.ecKeypair = label; }

    /** {@code crypto pki certificate chain}: the router's certificate and the CA's, in the order entered. */
    public List<ChainCertificate> chain() { return List.copyOf(chain); }
    /** Adds a certificate, replacing one of the same kind and serial. */
    public void putCertificate(ChainCertificate c) {
        removeCertificate(c.kind(), c.serial());
        chain.add(c);
    }
    public boolean removeCertificate(String kind, String serial) {
        return chain.removeIf(x -> java.util.Objects.equals(x.kind(), kind) && x.serial().equalsIgnoreCase(serial));
    }
    /** Drops every certificate of this kind (null: the router's own). */
    public void removeCertificates(String kind) {
        chain.removeIf(x -> java.util.Objects.equals(x.kind(), kind));
    }

    @Override
    protected List<Object> state() {
        return Arrays.asList(name, enrollment, subjectName, revocationCheck, rsaKeypair, rsaKeypairSize, ecKeypair, chain);
    }
}
