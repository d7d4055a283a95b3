/*
 * Entry rules of the configuration modes (one per iosim.config.mode.Mode, each ending in EOF).
 * The statements themselves live in the feature grammars; every entry rule also accepts
 * mode_common (exit, end, do) from Common.g4.
 */
parser grammar Config;

config_line
    : ( system_config
      | interface_config
      | ip_config
      | ikev2_config
      | remote_access_config
      | isakmp_config
      | ipsec_config
      | crypto_map_config
      | pki_config
      | line_config
      | username_config
      | router_ospf_config
      | archive_config
      ) EOF
    | mode_common EOF
    ;

if_line : interface_stmt EOF | mode_common EOF ;

ikev2_proposal_line : ikev2_proposal_stmt EOF | mode_common EOF ;

ikev2_policy_line : ikev2_policy_stmt EOF | mode_common EOF ;

ikev2_keyring_line : ikev2_keyring_stmt EOF | mode_common EOF ;

ikev2_keyring_peer_line : ikev2_peer_stmt EOF | mode_common EOF ;

ikev2_profile_line : ikev2_profile_stmt EOF | mode_common EOF ;

ikev2_authz_policy_line : authz_policy_stmt EOF | mode_common EOF ;

ipsec_transform_set_line : transform_set_stmt EOF | mode_common EOF ;

ipsec_profile_line : ipsec_profile_stmt EOF | mode_common EOF ;

crypto_map_line : crypto_map_stmt EOF | mode_common EOF ;

isakmp_policy_line : isakmp_policy_stmt EOF | mode_common EOF ;

dynamic_map_line : crypto_map_stmt EOF | mode_common EOF ;

keyring_line : keyring_stmt EOF | mode_common EOF ;

isakmp_profile_line : isakmp_profile_stmt EOF | mode_common EOF ;

ext_nacl_line : ext_nacl_stmt EOF | mode_common EOF ;

std_nacl_line : std_nacl_stmt EOF | mode_common EOF ;

line_line : line_stmt EOF | mode_common EOF ;

pki_trustpoint_line : trustpoint_stmt EOF | mode_common EOF ;

pki_cert_chain_line : cert_chain_stmt EOF | mode_common EOF ;

router_ospf_line : router_ospf_stmt EOF | mode_common EOF ;

archive_line : archive_stmt EOF | mode_common EOF ;
