/*
 * crypto pki trustpoint and its (ca-trustpoint) sub-mode; crypto pki certificate chain and its
 * (config-cert-chain) sub-mode (certificates as hex, ended by quit); crypto key generate/zeroize.
 */
parser grammar Pki;

pki_config
    : trustpoint_enter
    | cert_chain_enter
    | key_generate
    | key_zeroize
    ;

trustpoint_enter : neg='no'? 'crypto' 'pki' 'trustpoint' trustpoint_name ;
trustpoint_name : WORD ;

cert_chain_enter : neg='no'? 'crypto' 'pki' 'certificate' 'chain' trustpoint_name ;
cert_chain_stmt : neg='no'? 'certificate' cert_kind? cert_serial ;
cert_kind : 'ca' | 'self-signed' ;
cert_serial : WORD ;

key_generate
    : 'crypto' 'key' 'generate' ( key_generate_rsa | key_generate_ec )
    ;
key_generate_rsa : 'rsa' rsa_key_option* ;
rsa_key_option
    : 'general-keys'
    | 'label' key_label
    | 'modulus' rsa_modulus
    | 'exportable'
    ;
rsa_modulus : DEC ;
key_generate_ec : 'ec' 'keysize' ec_key_size ec_key_option* ;
ec_key_size : '256' | '384' | '521' ;
ec_key_option : 'label' key_label | 'exportable' ;
key_label : WORD ;

key_zeroize : 'crypto' 'key' 'zeroize' ( 'rsa' | 'ec' ) key_label? ;

trustpoint_stmt
    : tp_enrollment
    | tp_subject_name
    | tp_revocation_check
    | tp_rsakeypair
    | tp_eckeypair
    ;
tp_enrollment
    : 'enrollment' tp_enrollment_kind
    | neg='no' 'enrollment' tp_enrollment_kind?
    ;
tp_enrollment_kind : 'selfsigned' | 'terminal' pem='pem'? | 'url' tp_enrollment_url ;
tp_enrollment_url : WORD ;
tp_subject_name
    : 'subject-name' tp_subject_text
    | neg='no' 'subject-name' tp_subject_text?
    ;
tp_subject_text : LINE ;
tp_revocation_check
    : 'revocation-check' tp_revocation_method+
    | neg='no' 'revocation-check' tp_revocation_method*
    ;
tp_revocation_method : 'none' | 'crl' ;
tp_rsakeypair
    : 'rsakeypair' tp_keypair_label tp_keypair_size?
    | neg='no' 'rsakeypair' tp_keypair_label?
    ;
tp_keypair_label : WORD ;
tp_eckeypair
    : 'eckeypair' tp_keypair_label
    | neg='no' 'eckeypair' tp_keypair_label?
    ;
tp_keypair_size : DEC ;

// ---- EXEC: crypto pki authenticate | enroll | import -------------------------------------------

pki_exec : 'crypto' 'pki' ( pki_authenticate | pki_enroll | pki_import ) ;
pki_authenticate : 'authenticate' trustpoint_name ;
pki_enroll : 'enroll' trustpoint_name ;
pki_import : 'import' trustpoint_name 'certificate' ;
