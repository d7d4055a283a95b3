/*
 * Embedded packet capture the IOS-XE way (privileged EXEC): monitor capture NAME interface IF
 * both|in|out, match, buffer size, limit, start, stop, clear, export; no monitor capture NAME;
 * show monitor capture [NAME [buffer [brief]]].
 */
parser grammar Capture;

monitor_cmd
    : 'monitor' 'capture' capture_name capture_action
    | neg='no' 'monitor' 'capture' capture_name capture_setting?
    ;
capture_name : WORD ;
capture_action
    : capture_setting
    | capture_start
    | capture_stop
    | capture_clear
    | capture_export
    ;
capture_start : 'start' ;
capture_stop : 'stop' ;
capture_clear : 'clear' ;
capture_export : 'export' capture_file ;
capture_file : WORD ;

capture_setting
    : capture_interface
    | capture_match
    | capture_buffer
    | capture_limit
    ;
capture_interface : 'interface' exec_interface capture_direction ;
capture_direction : 'both' | 'in' | 'out' ;
capture_match : 'match' ( capture_any='any' | 'ipv4' capture_source=capture_host capture_dest=capture_host ) ;
capture_host : 'any' | 'host' capture_ip ;
capture_ip : IPV4 ;
capture_buffer : 'buffer' 'size' capture_buffer_mb ;
capture_buffer_mb : DEC ;
capture_limit : 'limit' ( 'packets' capture_limit_packets | 'duration' capture_limit_seconds ) ;
capture_limit_packets : DEC ;
capture_limit_seconds : DEC ;

show_monitor : 'monitor' 'capture' ( capture_name ( 'buffer' ( capture_brief='brief' | capture_detailed='detailed' )? )? )? ;
