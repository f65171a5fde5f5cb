import{$ as Cr,$a as Wr,$b as ws,$c as Ze,$d as Ik,$e as AS,$f as uE,$g as t_,$h as mn,$i as lf,A as er,Aa as Tr,Ab as as,Ac as Qs,Ad as ok,Ae as Xk,Af as VS,Ag as BE,Ah as S_,Ai as Ud,B as tr,Ba as Dr,Bb as is,Bc as II,Bd as nk,Be as jk,Bf as cu,Bg as FE,Bh as E_,Bi as Vd,C as or,Ca as Wo,Cb as cs,Cc as kI,Cd as rk,Ce as Yk,Cf as Gs,Cg as PE,Ch as __,Ci as gn,D as nr,Da as Go,Db as ls,Dc as SI,Dd as sk,De as Jk,Df as lu,Dg as OE,Dh as v_,Di as zd,E as yl,Ea as Ho,Eb as us,Ec as Us,Ed as ak,Ee as su,Ef as zS,Eg as Fa,Eh as $_,Ei as Wd,F as gI,Fa as Br,Fb as tn,Fc as EI,Fd as ik,Fe as Zk,Ff as WS,Fg as LE,Fh as R_,Fi as Gd,G as rr,Ga as Bl,Gb as ps,Gc as _I,Gd as ck,Ge as eS,Gf as uu,Gg as ME,Gh as N_,Gi as Hd,H as wl,Ha as Fl,Hb as on,Hc as vI,Hd as lk,He as tS,Hf as GS,Hg as QE,Hh as T_,Hi as ke,I as Il,Ia as Fr,Ib as Wl,Ic as $I,Id as uk,Ie as Ws,If as Da,Ig as Pa,Ih as D_,Ii as qd,J as Lo,Ja as Pl,Jb as ds,Jc as C,Jd as pk,Je as oS,Jf as HS,Jg as UE,Jh as B_,Ji as Kd,K as kl,Ka as qo,Kb as fs,Kc as be,Kd as $e,Ke as hn,Kf as qS,Kg as VE,Kh as nt,Ki as Xd,L as sr,La as Ko,Lb as hs,Lc as RI,Ld as dk,Le as nS,Lf as KS,Lg as zE,Lh as mu,Li as jd,M as ar,Ma as Xo,Mb as ms,Mc as NI,Md as fk,Me as rS,Mf as XS,Mg as fu,Mh as F_,Mi as Yd,N as ir,Na as jo,Nb as nn,Nc as TI,Nd as ro,Ne as sS,Nf as jS,Ng as WE,Nh as P_,Ni as Jd,O as cr,Oa as AI,Ob as Gl,Oc as Pe,Od as Ut,Oe as au,Of as YS,Og as GE,Oh as gu,Oi as Zd,P as lr,Pa as xI,Pb as rn,Pc as oo,Pd as fn,Pe as aS,Pf as JS,Pg as HE,Ph as w,Pi as $t,Q as ur,Qa as CI,Qb as sn,Qc as DI,Qd as Le,Qe as iS,Qf as ZS,Qg as io,Qh as Be,Qi as ef,R as pr,Ra as Pr,Rb as an,Rc as dn,Rd as ru,Re as cS,Rf as eE,Rg as et,Rh as L,Ri as tf,S as dr,Sa as Or,Sb as Hl,Sc as BI,Sd as hk,Se as lS,Sf as tE,Sg as Oa,Sh as hd,T as Mo,Ta as bI,Tb as cn,Tc as FI,Td as mk,Te as uS,Tf as oE,Tg as qE,Th as ze,Ti as pt,U as Qo,Ua as Lr,Ub as ql,Uc as PI,Ud as gk,Ue as so,Uf as nE,Ug as KE,Uh as We,Ui as of,V as fr,Va as Ol,Vb as gs,Vc as OI,Vd as Ak,Ve as pS,Vf as rE,Vg as XE,Vh as md,Vi as nf,W as hr,Wa as Mr,Wb as As,Wc as LI,Wd as xk,We as dS,Wf as sE,Wg as jE,Wh as gd,Wi as rf,X as mr,Xa as Qr,Xb as xs,Xc as MI,Xd as Ck,Xe as fS,Xf as aE,Xg as YE,Xh as Ge,Xi as Ma,Y as gr,Ya as Ur,Yb as Cs,Yc as QI,Yd as bk,Ye as hS,Yf as iE,Yg as JE,Yh as Ad,Yi as sf,Z as Ar,Za as Vr,Zb as bs,Zc as UI,Zd as yk,Ze as mS,Zf as cE,Zg as ZE,Zh as _t,Zi as af,_ as xr,_a as zr,_b as ys,_c as VI,_d as wk,_e as gS,_f as lE,_g as e_,_h as xd,_i as cf,a as dI,aa as br,ab as Gr,ac as Is,ad as zI,ae as kk,af as xS,ag as pE,ah as Hs,ai as Cd,aj as uf,b as fI,ba as yr,bb as Ll,bc as ks,bd as WI,be as Sk,bf as CS,bg as dE,bh as o_,bi as rt,bj as pf,c as fd,ca as wr,cb as Hr,cc as Kl,cd as no,ce as Ek,cf as bS,cg as fE,ch as n_,ci as vt,cj as df,d as pe,da as $a,db as Yo,dc as Ss,dd as GI,de as _k,df as yS,dg as hE,dh as r_,di as bd,dj as Qa,e as Wn,ea as Ra,eb as qr,ec as Xl,ed as Zl,ee as vk,ef as iu,eg as mE,eh as s_,ei as La,ej as ff,f as Gn,fa as Sl,fb as Ml,fc as Es,fd as HI,fe as $k,ff as wS,fg as gE,fh as Vt,fi as yd,fj as hf,g as hI,ga as Uo,gb as Ql,gc as _s,gd as eu,ge as Rk,gf as IS,gg as AE,gh as a_,gi as wd,gj as mf,h as R,ha as Ir,hb as Ul,hc as vs,hd as tu,he as Nk,hf as kS,hg as xE,hh as i_,hi as ee,hj as gf,i as mI,ia as Vo,ib as Kr,ic as $s,id as ot,ie as Tk,if as SS,ig as pu,ih as c_,ii as Id,ij as Af,j as Cl,ja as kr,jb as Xr,jc as jl,jd as qI,je as Dk,jf as ES,jg as CE,jh as l_,ji as kd,k as No,ka as zo,kb as jr,kc as ln,kd as ou,ke as Bk,kf as _S,kg as bE,kh as u_,ki as Sd,l as To,la as El,lb as Yr,lc as un,ld as KI,le as Fk,lf as vS,lg as du,lh as p_,li as Ed,m as bl,ma as _l,mb as Jr,mc as Rs,md as Vs,me as Pk,mf as $S,mg as yE,mh as d_,mi as _d,n as Hn,na as Sr,nb as Zr,nc as Ns,nd as nu,ne as Ok,nf as RS,ng as wE,nh as f_,ni as vd,o as qn,oa as vl,ob as es,oc as Ts,od as XI,oe as Lk,of as NS,og as IE,oh as hu,oi as $d,p as Kn,pa as Er,pb as yI,pc as Yl,pd as ae,pe as Mk,pf as ao,pg as kE,ph as h_,pi as Rd,q as Xn,qa as _r,qb as Jo,qc as Ds,qd as jI,qe as Qk,qf as TS,qg as SE,qh as m_,qi as Nd,r as jn,ra as vr,rb as ts,rc as Bs,rd as YI,re as Uk,rf as DS,rg as EE,rh as g_,ri as Td,s as Do,sa as $l,sb as Vl,sc as Fs,sd as JI,se as Vk,sf as BS,sg as _E,sh as A_,si as Dd,t as Bo,ta as Rl,tb as os,tc as wI,td as De,te as zk,tf as FS,tg as Ba,th as x_,ti as Bd,u as Fo,ua as $r,ub as ns,uc as Ps,ud as Na,ue as Wk,uf as PS,ug as vE,uh as C_,ui as Fd,v as Po,va as Rr,vb as rs,vc as pn,vd as Ta,ve as zs,vf as OS,vg as $E,vh as b_,vi as Pd,w as Oo,wa as Nr,wb as ss,wc as Jl,wd as xe,we as Gk,wf as LS,wg as RE,wh as y_,wi as Od,x as Yn,xa as Nl,xb as zl,xc as Os,xd as ZI,xe as Hk,xf as MS,xg as NE,xh as w_,xi as Ld,y as Jn,ya as Tl,yb as Zo,yc as Ls,yd as ek,ye as qk,yf as QS,yg as TE,yh as I_,yi as Md,z as Zn,za as Dl,zb as en,zc as Ms,zd as tk,ze as Kk,zf as US,zg as DE,zh as k_,zi as Qd}from"./emlx-chunk-UD6XWHTS.js";var xw=dI(rl=>{"use strict";rl.byteLength=oF;rl.toByteArray=rF;rl.fromByteArray=iF;var It=[],ct=[],tF=typeof Uint8Array<"u"?Uint8Array:Array,nd="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";for(Ro=0,gw=nd.length;Ro<gw;++Ro)It[Ro]=nd[Ro],ct[nd.charCodeAt(Ro)]=Ro;var Ro,gw;ct[45]=62;ct[95]=63;function Aw(o){var e=o.length;if(e%4>0)throw new Error("Invalid string. Length must be a multiple of 4");var t=o.indexOf("=");t===-1&&(t=e);var n=t===e?0:4-t%4;return[t,n]}function oF(o){var e=Aw(o),t=e[0],n=e[1];return(t+n)*3/4-n}function nF(o,e,t){return(e+t)*3/4-t}function rF(o){var e,t=Aw(o),n=t[0],r=t[1],s=new tF(nF(o,n,r)),a=0,i=r>0?n-4:n,c;for(c=0;c<i;c+=4)e=ct[o.charCodeAt(c)]<<18|ct[o.charCodeAt(c+1)]<<12|ct[o.charCodeAt(c+2)]<<6|ct[o.charCodeAt(c+3)],s[a++]=e>>16&255,s[a++]=e>>8&255,s[a++]=e&255;return r===2&&(e=ct[o.charCodeAt(c)]<<2|ct[o.charCodeAt(c+1)]>>4,s[a++]=e&255),r===1&&(e=ct[o.charCodeAt(c)]<<10|ct[o.charCodeAt(c+1)]<<4|ct[o.charCodeAt(c+2)]>>2,s[a++]=e>>8&255,s[a++]=e&255),s}function sF(o){return It[o>>18&63]+It[o>>12&63]+It[o>>6&63]+It[o&63]}function aF(o,e,t){for(var n,r=[],s=e;s<t;s+=3)n=(o[s]<<16&16711680)+(o[s+1]<<8&65280)+(o[s+2]&255),r.push(sF(n));return r.join("")}function iF(o){for(var e,t=o.length,n=t%3,r=[],s=16383,a=0,i=t-n;a<i;a+=s)r.push(aF(o,a,a+s>i?i:a+s));return n===1?(e=o[t-1],r.push(It[e>>2]+It[e<<4&63]+"==")):n===2&&(e=(o[t-2]<<8)+o[t-1],r.push(It[e>>10]+It[e>>4&63]+It[e<<2&63]+"=")),r.join("")}});var at={};fI(at,{Abs:()=>Cl,Acos:()=>No,Acosh:()=>To,AdadeltaOptimizer:()=>k_,AdagradOptimizer:()=>S_,AdamOptimizer:()=>E_,AdamaxOptimizer:()=>__,Add:()=>bl,AddN:()=>Hn,All:()=>qn,Any:()=>Kn,ArgMax:()=>Xn,ArgMin:()=>jn,Asin:()=>Do,Asinh:()=>Bo,Atan:()=>Fo,Atan2:()=>Oo,Atanh:()=>Po,AvgPool:()=>Yn,AvgPool3D:()=>Zn,AvgPool3DGrad:()=>er,AvgPoolGrad:()=>Jn,BatchMatMul:()=>tr,BatchToSpaceND:()=>or,Bincount:()=>nr,BitwiseAnd:()=>yl,BroadcastArgs:()=>rr,BroadcastTo:()=>gI,Cast:()=>wl,Ceil:()=>Il,ClipByValue:()=>Lo,Complex:()=>kl,ComplexAbs:()=>sr,Concat:()=>ar,Conv2D:()=>ir,Conv2DBackpropFilter:()=>cr,Conv2DBackpropInput:()=>lr,Conv3D:()=>ur,Conv3DBackpropFilterV2:()=>pr,Conv3DBackpropInputV2:()=>dr,Cos:()=>Mo,Cosh:()=>Qo,CropAndResize:()=>mr,Cumprod:()=>fr,Cumsum:()=>hr,DataStorage:()=>Wn,DenseBincount:()=>gr,DepthToSpace:()=>Ar,DepthwiseConv2dNative:()=>xr,DepthwiseConv2dNativeBackpropFilter:()=>Cr,DepthwiseConv2dNativeBackpropInput:()=>br,Diag:()=>yr,Dilation2D:()=>wr,Dilation2DBackpropFilter:()=>Ra,Dilation2DBackpropInput:()=>$a,Draw:()=>Sl,ENV:()=>mI,Einsum:()=>Ir,Elu:()=>Vo,EluGrad:()=>kr,Environment:()=>hI,Equal:()=>El,Erf:()=>zo,Exp:()=>_l,ExpandDims:()=>Sr,Expm1:()=>vl,FFT:()=>Er,Fill:()=>_r,FlipLeftRight:()=>vr,Floor:()=>$l,FloorDiv:()=>Rl,FromPixels:()=>Jl,FusedBatchNorm:()=>$r,FusedConv2D:()=>Ms,FusedDepthwiseConv2D:()=>Qs,GatherNd:()=>Nr,GatherV2:()=>Rr,Greater:()=>Nl,GreaterEqual:()=>Tl,IFFT:()=>Tr,Identity:()=>Dl,Imag:()=>Dr,IsFinite:()=>Wo,IsInf:()=>Go,IsNan:()=>Ho,KernelBackend:()=>Gn,LRN:()=>Pr,LRNGrad:()=>Or,LeakyRelu:()=>Br,Less:()=>Bl,LessEqual:()=>Fl,LinSpace:()=>Fr,Log:()=>Pl,Log1p:()=>qo,LogSoftmax:()=>xI,LogicalAnd:()=>Ko,LogicalNot:()=>Xo,LogicalOr:()=>jo,LogicalXor:()=>AI,LowerBound:()=>CI,MatrixBandPart:()=>bI,Max:()=>Lr,MaxPool:()=>Mr,MaxPool3D:()=>Ur,MaxPool3DGrad:()=>Vr,MaxPoolGrad:()=>Qr,MaxPoolWithArgmax:()=>zr,Maximum:()=>Ol,Mean:()=>Wr,Min:()=>Gr,Minimum:()=>Ll,MirrorPad:()=>Hr,Mod:()=>Yo,MomentumOptimizer:()=>$_,Multinomial:()=>qr,Multiply:()=>Ml,Neg:()=>Ql,NonMaxSuppressionV3:()=>Kr,NonMaxSuppressionV4:()=>Xr,NonMaxSuppressionV5:()=>jr,NotEqual:()=>Ul,OP_SCOPE_SUFFIX:()=>BI,OneHot:()=>Jr,OnesLike:()=>Yr,Optimizer:()=>I_,OptimizerConstructors:()=>F_,Pack:()=>Zr,PadV2:()=>es,Pool:()=>yI,Pow:()=>Jo,Prelu:()=>ts,Prod:()=>Vl,RMSPropOptimizer:()=>R_,RaggedGather:()=>os,RaggedRange:()=>ns,RaggedTensorToTensor:()=>rs,Range:()=>ss,Rank:()=>TI,Real:()=>zl,RealDiv:()=>Uo,Reciprocal:()=>Zo,Reduction:()=>h_,Relu:()=>en,Relu6:()=>tn,Reshape:()=>as,ResizeBilinear:()=>ls,ResizeBilinearGrad:()=>us,ResizeNearestNeighbor:()=>is,ResizeNearestNeighborGrad:()=>cs,Reverse:()=>ps,RotateWithOffset:()=>Os,Round:()=>on,Rsqrt:()=>Wl,SGDOptimizer:()=>v_,ScatterNd:()=>ds,SearchSorted:()=>hs,Select:()=>ms,Selu:()=>nn,Sigmoid:()=>Hl,Sign:()=>an,Sin:()=>rn,Sinh:()=>sn,Slice:()=>Gl,Softmax:()=>Cs,Softplus:()=>cn,SpaceToBatchND:()=>As,SparseFillEmptyRows:()=>bs,SparseReshape:()=>ys,SparseSegmentMean:()=>ws,SparseSegmentSum:()=>Is,SparseToDense:()=>ks,SplitV:()=>xs,Sqrt:()=>ql,Square:()=>Ss,SquaredDifference:()=>Kl,StaticRegexReplace:()=>Xl,Step:()=>pn,StridedSlice:()=>Es,StringNGrams:()=>_s,StringSplit:()=>vs,StringToHashBucketFast:()=>$s,Sub:()=>jl,Sum:()=>gs,Tan:()=>ln,Tanh:()=>un,Tensor:()=>RI,TensorBuffer:()=>be,TensorScatterUpdate:()=>fs,Tile:()=>Rs,TopK:()=>Ns,Transform:()=>Ts,Transpose:()=>Yl,Unique:()=>Ds,Unpack:()=>Bs,UnsortedSegmentSum:()=>Fs,UpperBound:()=>wI,Variable:()=>NI,ZerosLike:()=>Ps,_FusedMatMul:()=>Ls,abs:()=>ZI,acos:()=>ek,acosh:()=>tk,add:()=>De,addN:()=>ok,all:()=>nk,any:()=>rk,argMax:()=>sk,argMin:()=>ak,asin:()=>ik,asinh:()=>ck,atan:()=>lk,atan2:()=>uk,atanh:()=>pk,avgPool:()=>dk,avgPool3d:()=>fk,backend:()=>nu,backend_util:()=>w,basicLSTMCell:()=>hk,batchNorm:()=>gk,batchNorm2d:()=>Ak,batchNorm3d:()=>xk,batchNorm4d:()=>Ck,batchToSpaceND:()=>mk,bincount:()=>bk,bitwiseAnd:()=>yk,booleanMaskAsync:()=>s_,broadcastArgs:()=>wk,broadcastTo:()=>Ik,broadcast_util:()=>zs,browser:()=>D_,buffer:()=>ae,cast:()=>jI,ceil:()=>kk,clipByValue:()=>Ek,clone:()=>YI,complex:()=>PI,concat:()=>ro,concat1d:()=>_k,concat2d:()=>vk,concat3d:()=>$k,concat4d:()=>Rk,conv1d:()=>Tk,conv2d:()=>Nk,conv2dTranspose:()=>Dk,conv3d:()=>Bk,conv3dTranspose:()=>Fk,copyRegisteredKernels:()=>$I,cos:()=>Pk,cosh:()=>Ok,cosineWindow:()=>d_,cumprod:()=>Lk,cumsum:()=>Mk,customGrad:()=>vS,denseBincount:()=>Qk,deprecationWarn:()=>UI,depthToSpace:()=>Uk,depthwiseConv2d:()=>Vk,device_util:()=>dn,diag:()=>zk,dilation2d:()=>Wk,disableDeprecationWarnings:()=>QI,dispose:()=>GI,disposeVariables:()=>VI,div:()=>Ta,divNoNan:()=>Kk,dot:()=>Xk,dropout:()=>u_,einsum:()=>jk,elu:()=>Yk,enableDebugMode:()=>MI,enableProdMode:()=>LI,enclosingPowerOfTwo:()=>p_,engine:()=>Ze,ensureShape:()=>Jk,env:()=>R,equal:()=>Gk,erf:()=>su,euclideanNorm:()=>sS,exp:()=>au,expandDims:()=>aS,expm1:()=>iS,eye:()=>lS,fft:()=>LE,fill:()=>Sk,findBackend:()=>ou,findBackendFactory:()=>KI,floor:()=>uS,floorDiv:()=>Na,fused:()=>hu,gather:()=>so,gatherND:()=>l_,gather_util:()=>B_,getBackend:()=>ot,getGradient:()=>kI,getKernel:()=>II,getKernelsForBackend:()=>SI,grad:()=>IS,grads:()=>kS,greater:()=>pS,greaterEqual:()=>dS,ifft:()=>ME,imag:()=>fS,image:()=>A_,inTopKAsync:()=>f_,io:()=>N_,irfft:()=>QE,isFinite:()=>hS,isInf:()=>mS,isNaN:()=>gS,keep:()=>Zl,kernel_impls:()=>Be,leakyRelu:()=>AS,less:()=>xS,lessEqual:()=>CS,linalg:()=>x_,linspace:()=>bS,localResponseNormalization:()=>yS,log:()=>iu,log1p:()=>wS,logSigmoid:()=>NS,logSoftmax:()=>TS,logSumExp:()=>DS,logicalAnd:()=>BS,logicalNot:()=>FS,logicalOr:()=>PS,logicalXor:()=>OS,losses:()=>C_,lowerBound:()=>MS,matMul:()=>Ut,math:()=>T_,max:()=>Zk,maxPool:()=>QS,maxPool3d:()=>US,maxPoolWithArgmax:()=>VS,maximum:()=>cu,mean:()=>Gs,memory:()=>zI,meshgrid:()=>WS,min:()=>eS,minimum:()=>uu,mirrorPad:()=>GS,mod:()=>Da,moments:()=>HS,movingAverage:()=>a_,mul:()=>xe,multiRNNCell:()=>qS,multinomial:()=>KS,neg:()=>$S,nextFrame:()=>gu,norm:()=>rS,notEqual:()=>XS,oneHot:()=>jS,ones:()=>zS,onesLike:()=>YS,op:()=>FI,outerProduct:()=>JS,pad:()=>ZS,pad1d:()=>eE,pad2d:()=>tE,pad3d:()=>oE,pad4d:()=>nE,pool:()=>sE,pow:()=>tS,prelu:()=>aE,print:()=>JI,prod:()=>iE,profile:()=>WI,raggedGather:()=>cE,raggedRange:()=>lE,raggedTensorToTensor:()=>uE,rand:()=>pE,randomGamma:()=>hE,randomNormal:()=>mE,randomStandardNormal:()=>gE,randomUniform:()=>AE,randomUniformInt:()=>xE,range:()=>pu,ready:()=>tu,real:()=>CE,reciprocal:()=>bE,registerBackend:()=>Vs,registerGradient:()=>EI,registerKernel:()=>Us,relu:()=>du,relu6:()=>yE,removeBackend:()=>qI,reshape:()=>$e,reverse:()=>wE,reverse1d:()=>IE,reverse2d:()=>kE,reverse3d:()=>SE,reverse4d:()=>EE,rfft:()=>UE,round:()=>_E,rsqrt:()=>Ba,scalar:()=>Ws,scatterND:()=>i_,scatter_util:()=>jE,searchSorted:()=>LS,selu:()=>vE,separableConv2d:()=>$E,serialization:()=>w_,setBackend:()=>eu,setPlatform:()=>XI,setdiff1dAsync:()=>RE,sigmoid:()=>fn,sign:()=>NE,signal:()=>g_,sin:()=>TE,sinh:()=>DE,slice:()=>Le,slice1d:()=>BE,slice2d:()=>FE,slice3d:()=>PE,slice4d:()=>OE,slice_util:()=>nt,softmax:()=>Fa,softplus:()=>RS,spaceToBatchND:()=>rE,sparse:()=>b_,sparseToDense:()=>c_,spectral:()=>m_,split:()=>Pa,sqrt:()=>oS,square:()=>hn,squaredDifference:()=>VE,squeeze:()=>zE,stack:()=>fu,step:()=>WE,stridedSlice:()=>GE,string:()=>y_,sub:()=>ao,sum:()=>nS,sumOutType:()=>oo,tan:()=>HE,tanh:()=>ru,tensor:()=>OI,tensor1d:()=>io,tensor2d:()=>et,tensor3d:()=>Oa,tensor4d:()=>qE,tensor5d:()=>KE,tensor6d:()=>XE,tensorScatterUpdate:()=>YE,tensor_util:()=>DI,test_util:()=>fE,tidy:()=>no,tile:()=>cS,time:()=>HI,topk:()=>JE,train:()=>P_,transpose:()=>Vt,truncatedNormal:()=>ZE,unique:()=>e_,unregisterGradient:()=>vI,unregisterKernel:()=>_I,unsortedSegmentSum:()=>t_,unstack:()=>Hs,upcastType:()=>Pe,upperBound:()=>o_,util:()=>C,valueAndGrad:()=>SS,valueAndGrads:()=>ES,variable:()=>n_,variableGrads:()=>_S,version_core:()=>mu,where:()=>Hk,whereAsync:()=>r_,zeros:()=>lu,zerosLike:()=>qk});var O_=Be.whereImpl,qs=class o extends Gn{nextDataId(){return o.nextDataId++}constructor(){super(),this.blockSize=48,this.firstUse=!0,this.data=new Wn(this,Ze())}write(e,t,n){this.firstUse&&(this.firstUse=!1,R().get("IS_NODE")&&w.warn(`
============================
Hi, looks like you are running TensorFlow.js in Node.js. To speed things up dramatically, install our node backend, visit https://github.com/tensorflow/tfjs-node for more details. 
============================`));let r={id:this.nextDataId()};return this.data.set(r,{values:e,dtype:n,refCount:1}),r}makeTensorInfo(e,t,n){let r;if(t==="string"&&n!=null&&n.length>0&&C.isString(n[0])){let s=n.map(a=>C.encodeString(a));r=this.write(s,e,t)}else r=this.write(n,e,t);return{dataId:r,shape:e,dtype:t}}refCount(e){return this.data.has(e)?this.data.get(e).refCount:0}incRef(e){let t=this.data.get(e);t.refCount++}decRef(e){if(this.data.has(e)){let t=this.data.get(e);t.refCount--}}move(e,t,n,r,s){this.data.set(e,{values:t,dtype:r,refCount:s})}numDataIds(){return this.data.numDataIds()}async read(e){return this.readSync(e)}readSync(e){let{dtype:t,complexTensorInfos:n}=this.data.get(e);if(t==="complex64"){let r=this.readSync(n.real.dataId),s=this.readSync(n.imag.dataId);return w.mergeRealAndImagArrays(r,s)}return C.convertBackendValuesAndArrayBuffer(this.data.get(e).values,t)}bufferSync(e){let t=this.readSync(e.dataId);if(e.dtype==="string")try{let n=t.map(r=>C.decodeString(r));return ae(e.shape,e.dtype,n)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return ae(e.shape,e.dtype,t)}makeOutput(e,t,n){return Ze().makeTensorFromTensorInfo(this.makeTensorInfo(t,n,e),this)}disposeData(e,t=!1){if(this.data.has(e)){if(this.data.get(e).refCount--,!t&&this.data.get(e).refCount>0)return!1;let{complexTensorInfos:n}=this.data.get(e);n!=null&&(this.disposeData(n.real.dataId,!0),this.disposeData(n.imag.dataId,!0)),this.data.delete(e)}return!0}disposeIntermediateTensorInfo(e){this.disposeData(e.dataId)}async time(e){let t=C.now();return e(),{kernelMs:C.now()-t}}memory(){return{unreliable:!0,reasons:["The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less."]}}where(e){L([e],"where");let t=this.readSync(e.dataId);return O_(e.shape,t)}dispose(){}floatPrecision(){return 32}epsilon(){return super.epsilon()}};qs.nextDataId=0;Vs("cpu",()=>new qs,1);var Au=ee("Elu",o=>o>=0?o:Math.exp(o)-1),xf={kernelName:"Elu",backendName:"cpu",kernelFunc:Au};function xu(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{alpha:s}=n;L([r],"leakyRelu");let a=C.sizeFromShape(r.shape),i=t.data.get(r.dataId).values,c=C.getTypedArrayFromDType("float32",a);for(let u=0;u<i.length;u++)c[u]=i[u]<0?s*i[u]:i[u];return t.makeTensorInfo(r.shape,"float32",c)}var Cf={kernelName:Br,backendName:"cpu",kernelFunc:xu};var L_=ze((o,e)=>o<0?e*o:o);function Cu(o){let{inputs:e,backend:t}=o,{x:n,alpha:r}=e;L([n,r],"prelu");let s=t.data.get(n.dataId).values,a=t.data.get(r.dataId).values,[i,c]=L_(n.shape,r.shape,s,a,"float32");return t.makeTensorInfo(c,"float32",i)}var bf={kernelName:ts,backendName:"cpu",kernelFunc:Cu};var bu=ee(en,o=>Math.max(0,o)),yf={kernelName:en,backendName:"cpu",kernelFunc:bu};var yu=ee(tn,o=>Math.min(Math.max(0,o),6)),wf={kernelName:tn,backendName:"cpu",kernelFunc:yu};function co(o,e,t,n,r){if(t==="linear")return Ge({inputs:{x:e},backend:o});if(t==="relu")return bu({inputs:{x:e},backend:o});if(t==="elu")return Au({inputs:{x:e},backend:o});if(t==="relu6")return yu({inputs:{x:e},backend:o});if(t==="prelu")return Cu({inputs:{x:e,alpha:n},backend:o});if(t==="leakyrelu")return xu({inputs:{x:e},backend:o,attrs:{alpha:r}});if(t==="sigmoid")return ef({inputs:{x:e},backend:o});throw new Error(`Activation ${t} has not been implemented for the CPU backend.`)}function se(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{shape:s}=n,a=C.sizeFromShape(r.shape),i=C.inferFromImplicitShape(s,a),c=C.sizeFromShape(i);C.assert(a===c,()=>`The new shape (${i}) has ${c} elements and the old shape (${r.shape}) has ${a} elements. The new shape and old shape must have the same number of elements.`),t.incRef(r.dataId);let u=t.data.get(r.dataId);if(u.complexTensorInfos!=null){let l=u.complexTensorInfos.real,p=u.complexTensorInfos.imag;l.shape=i,p.shape=i}return{dataId:r.dataId,shape:i,dtype:r.dtype}}var If={kernelName:as,backendName:"cpu",kernelFunc:se};function wu(o){let{inputs:e,backend:t,attrs:n}=o,{a:r,b:s}=e,{transposeA:a,transposeB:i}=n;L([r,s],"matMul");let c=r.shape.length,u=s.shape.length,l=a?r.shape[c-2]:r.shape[c-1],p=i?s.shape[u-1]:s.shape[u-2],d=a?r.shape[c-1]:r.shape[c-2],f=i?s.shape[u-2]:s.shape[u-1],h=r.shape.slice(0,-2),m=s.shape.slice(0,-2),A=C.sizeFromShape(h),g=C.sizeFromShape(m),b=zs.assertAndGetBroadcastShape(r.shape.slice(0,-2),s.shape.slice(0,-2)).concat([d,f]);C.assert(l===p,()=>`Error in matMul: inner shapes (${l}) and (${p}) of Tensors with shapes ${r.shape} and ${s.shape} and transposeA=${a} and transposeB=${i} must match.`);let y=a?[A,l,d]:[A,d,l],I=i?[g,f,p]:[g,p,f],k=se({inputs:{x:r},backend:t,attrs:{shape:y}}),E=se({inputs:{x:s},backend:t,attrs:{shape:I}}),_=a?k.shape[1]:k.shape[2],S=a?k.shape[2]:k.shape[1],v=i?E.shape[1]:E.shape[2],T=Math.max(A,g),N=t.data.get(k.dataId).values,D=t.data.get(E.dataId).values,P=C.computeStrides(k.shape),B=C.computeStrides(E.shape),[O,M,$]=a?[P[0],1,P[1]]:[P[0],P[1],1],[F,Q,V]=i?[1,B[1],B[0]]:[B[1],1,B[0]],W=S*v,z=ae([T,S,v],k.dtype),H=z.values,G=t.blockSize;for(let q=0;q<T;q++){let j=q%A,X=q%g;for(let Z=0;Z<S;Z+=G){let re=Math.min(Z+G,S);for(let ne=0;ne<v;ne+=G){let le=Math.min(ne+G,v);for(let oe=0;oe<_;oe+=G){let he=Math.min(oe+G,_);for(let de=Z;de<re;de++)for(let fe=ne;fe<le;fe++){let Ae=0;for(let me=oe;me<he;me++){let Ye=N[j*O+de*M+me*$],Se=D[me*F+fe*Q+X*V];Ae+=Ye*Se}H[q*W+(de*v+fe)]+=Ae}}}}}return t.disposeIntermediateTensorInfo(k),t.disposeIntermediateTensorInfo(E),t.makeTensorInfo(b,z.dtype,z.values)}var kf={kernelName:tr,backendName:"cpu",kernelFunc:wu};function M_(o){let{inputs:e,backend:t,attrs:n}=o,{a:r,b:s,bias:a,preluActivationWeights:i}=e,{transposeA:c,transposeB:u,activation:l,leakyreluAlpha:p}=n,d,f,h,m=[];d=wu({inputs:{a:r,b:s},attrs:{transposeA:c,transposeB:u},backend:t}),a&&(f=vt({inputs:{a:d,b:a},backend:t}),m.push(d),d=f),l&&(h=co(t,d,l,i,p),m.push(d),d=h);for(let g of m)t.disposeIntermediateTensorInfo(g);return d}var Sf={kernelName:Ls,backendName:"cpu",kernelFunc:M_};var Q_=ee(No,o=>Math.acos(o)),Ef={kernelName:No,backendName:"cpu",kernelFunc:Q_};var U_=ee(To,o=>Math.acosh(o)),_f={kernelName:To,backendName:"cpu",kernelFunc:U_};function V_(o){let{inputs:e,backend:t}=o,n=e;L(e,"addN");let r=n.map(i=>t.data.get(i.dataId).values),s=ae(n[0].shape,n[0].dtype),a=s.values;for(let i=0;i<n.length;i++){let c=r[i];for(let u=0;u<a.length;u++)a[u]+=c[u]}return t.makeTensorInfo(s.shape,s.dtype,s.values)}var vf={kernelName:Hn,backendName:"cpu",kernelFunc:V_};function z_(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;L(r,"all");let i=C.parseAxisParam(s,r.shape),c=i,u=w.getAxesPermutation(c,r.shape.length),l=r;u!=null&&(l=ke({inputs:{x:r},backend:t,attrs:{perm:u}}),c=w.getInnerMostAxes(c.length,r.shape.length)),w.assertAxesAreInnerMostDims("all",c,l.shape.length);let[p,d]=w.computeOutAndReduceShapes(l.shape,c),f=C.sizeFromShape(d),h=C.makeZerosTypedArray(C.sizeFromShape(p),l.dtype),m=t.data.get(l.dataId).values;for(let g=0;g<h.length;++g){let x=g*f,b=m[x];for(let y=0;y<f;++y){let I=m[x+y];b=b&&I}h[g]=b}u!=null&&t.disposeIntermediateTensorInfo(l);let A=t.makeTensorInfo(p,l.dtype,h);if(a){let g=w.expandShapeToKeepDim(p,i),x=se({inputs:{x:A},backend:t,attrs:{shape:g}});return t.disposeIntermediateTensorInfo(A),x}return A}var $f={kernelName:"All",backendName:"cpu",kernelFunc:z_};function W_(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;L(r,"any");let i=C.parseAxisParam(s,r.shape),c=i,u=w.getAxesPermutation(c,r.shape.length),l=r;u!=null&&(l=ke({inputs:{x:r},backend:t,attrs:{perm:u}}),c=w.getInnerMostAxes(c.length,r.shape.length)),w.assertAxesAreInnerMostDims("any",c,l.shape.length);let[p,d]=w.computeOutAndReduceShapes(l.shape,c),f=C.sizeFromShape(d),h=C.makeZerosTypedArray(C.sizeFromShape(p),l.dtype),m=t.data.get(l.dataId).values;for(let g=0;g<h.length;++g){let x=g*f,b=m[x];for(let y=0;y<f;++y){let I=m[x+y];b=b||I}h[g]=b}u!=null&&t.disposeIntermediateTensorInfo(l);let A=t.makeTensorInfo(p,l.dtype,h);if(a){let g=w.expandShapeToKeepDim(p,i),x=se({inputs:{x:A},backend:t,attrs:{shape:g}});return t.disposeIntermediateTensorInfo(A),x}return A}var Rf={kernelName:"Any",backendName:"cpu",kernelFunc:W_};function G_(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s}=n;L(r,"argMax");let a=C.parseAxisParam(s,r.shape),i=w.getAxesPermutation(a,r.shape.length),c=r,u=[];i!=null&&(c=ke({inputs:{x:r},backend:t,attrs:{perm:i}}),u.push(c),a=w.getInnerMostAxes(a.length,c.shape.length)),a=[a[0]],w.assertAxesAreInnerMostDims("argMax",a,c.shape.length);let[l,p]=w.computeOutAndReduceShapes(c.shape,a),d=C.sizeFromShape(l),f=C.makeZerosTypedArray(d,"int32"),h=C.sizeFromShape(p),m=t.data.get(c.dataId).values;for(let A=0;A<f.length;++A){let g=A*h,x=m[g],b=0;for(let y=0;y<h;++y){let I=m[g+y];I>x&&(x=I,b=y)}f[A]=b}return u.forEach(A=>t.disposeIntermediateTensorInfo(A)),t.makeTensorInfo(l,"int32",f)}var Nf={kernelName:Xn,backendName:"cpu",kernelFunc:G_};function H_(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s}=n;L(r,"argMin");let a=C.parseAxisParam(s,r.shape),i=w.getAxesPermutation(a,r.shape.length),c=r,u=[];i!=null&&(c=ke({inputs:{x:r},backend:t,attrs:{perm:i}}),u.push(c),a=w.getInnerMostAxes(a.length,c.shape.length)),a=[a[0]],w.assertAxesAreInnerMostDims("argMin",a,c.shape.length);let[l,p]=w.computeOutAndReduceShapes(c.shape,a),d=C.sizeFromShape(l),f=C.makeZerosTypedArray(d,"int32"),h=C.sizeFromShape(p),m=t.data.get(c.dataId).values;for(let A=0;A<f.length;++A){let g=A*h,x=m[g],b=0;for(let y=0;y<h;++y){let I=m[g+y];I<x&&(x=I,b=y)}f[A]=b}return u.forEach(A=>t.disposeIntermediateTensorInfo(A)),t.makeTensorInfo(l,"int32",f)}var Tf={kernelName:jn,backendName:"cpu",kernelFunc:H_};var q_=ee(Do,o=>Math.asin(o)),Df={kernelName:Do,backendName:"cpu",kernelFunc:q_};var K_=ee(Bo,o=>Math.asinh(o)),Bf={kernelName:Bo,backendName:"cpu",kernelFunc:K_};var X_=ee(Fo,o=>Math.atan(o)),Ff={kernelName:Fo,backendName:"cpu",kernelFunc:X_};var j_=ze((o,e)=>Math.atan2(o,e)),Y_=rt(Oo,j_),Pf={kernelName:Oo,backendName:"cpu",kernelFunc:Y_};var J_=ee(Po,o=>Math.atanh(o)),Of={kernelName:Po,backendName:"cpu",kernelFunc:J_};function An(o,e,t,n,r,s){let a=r.strideHeight,i=r.strideWidth,c=r.dilationHeight,u=r.dilationWidth,l=r.effectiveFilterHeight,p=r.effectiveFilterWidth,d=r.padInfo.top,f=r.padInfo.left,h=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,m=ae(r.outShape,t),A=m.values,g=r.outShape[1]*r.outShape[2]*r.outShape[3],x=r.outShape[2]*r.outShape[3],b=r.outShape[3];for(let y=0;y<r.batchSize;++y){let I=y*g,k=y*n[0];for(let E=0;E<r.inChannels;++E)for(let _=0;_<r.outHeight;++_){let S=_*a-d,v=Math.max(0,S),T=Math.min(r.inHeight,l+S),N=I+_*x;for(let D=0;D<r.outWidth;++D){let P=D*i-f,B=Math.max(0,P),O=Math.min(r.inWidth,p+P),M=h,$=0,F=0;for(let V=v;V<T;V+=c){let W=k+V*n[1];for(let z=B;z<O;z+=u){let H=W+z*n[2],G=o[H+E];s==="max"&&G>M?M=G:s==="avg"&&($+=G,F++)}if(isNaN(M))break}let Q=N+D*b+E;A[Q]=s==="avg"?$/F:M}}}return m}function Ua(o,e,t,n,r=!1,s=!1){let a=ae(n.outShape,"int32"),i=n.strideHeight,c=n.strideWidth,u=n.dilationHeight,l=n.dilationWidth,p=n.effectiveFilterHeight,d=n.effectiveFilterWidth,f=n.padInfo.top,h=n.padInfo.left,m=ae(e,t,o);for(let A=0;A<n.batchSize;++A)for(let g=0;g<n.inChannels;++g)for(let x=0;x<n.outHeight;++x){let b=x*i-f,y=b;for(;y<0;)y+=u;let I=Math.min(n.inHeight,p+b);for(let k=0;k<n.outWidth;++k){let E=k*c-h,_=E;for(;_<0;)_+=l;let S=Math.min(n.inWidth,d+E),v=Number.NEGATIVE_INFINITY,T=-1;for(let N=y;N<I;N+=u){let D=N-b;for(let P=_;P<S;P+=l){let B=P-E,O=m.get(A,N,P,g);O>v&&(v=O,r?T=s?((A*n.inHeight+N)*n.inWidth+P)*n.inChannels+g:(N*n.inWidth+P)*n.inChannels+g:T=D*d+B)}}a.set(T,A,x,k,g)}}return a}function Va(o,e,t,n,r,s){let a=r.strideDepth,i=r.strideHeight,c=r.strideWidth,u=r.dilationDepth,l=r.dilationHeight,p=r.dilationWidth,d=r.effectiveFilterDepth,f=r.effectiveFilterHeight,h=r.effectiveFilterWidth,m=r.padInfo.front,A=r.padInfo.top,g=r.padInfo.left,x=s==="max"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,b=ae(r.outShape,t),y=b.values,I=r.outShape[1]*r.outShape[2]*r.outShape[3]*r.outShape[4],k=r.outShape[2]*r.outShape[3]*r.outShape[4],E=r.outShape[3]*r.outShape[4],_=r.outShape[4];for(let S=0;S<r.batchSize;++S){let v=S*I,T=S*n[0];for(let N=0;N<r.inChannels;++N)for(let D=0;D<r.outDepth;++D){let P=D*a-m,B=P;for(;B<0;)B+=u;let O=Math.min(r.inDepth,d+P),M=v+D*k;for(let $=0;$<r.outHeight;++$){let F=$*i-A,Q=F;for(;Q<0;)Q+=l;let V=Math.min(r.inHeight,f+F),W=M+$*E;for(let z=0;z<r.outWidth;++z){let H=z*c-g,G=H;for(;G<0;)G+=p;let q=Math.min(r.inWidth,h+H),j=W+z*_,X=x,Z=0,re=0;for(let le=B;le<O;le+=u){let oe=T+le*n[1];for(let he=Q;he<V;he+=l){let de=oe+he*n[2];for(let fe=G;fe<q;fe+=p){let Ae=de+fe*n[3],me=o[Ae+N];if(s==="max"&&me>X?X=me:s==="avg"&&(Z+=me,re++),isNaN(X))break}if(isNaN(X))break}if(isNaN(X))break}let ne=j+N;y[ne]=s==="avg"?Z/Math.max(re,1):X}}}}return b}function Lf(o,e){let t=ae(e.outShape,"int32"),n=e.strideDepth,r=e.strideHeight,s=e.strideWidth,a=e.dilationDepth,i=e.dilationHeight,c=e.dilationWidth,u=e.effectiveFilterDepth,l=e.effectiveFilterHeight,p=e.effectiveFilterWidth,d=e.padInfo.front,f=e.padInfo.top,h=e.padInfo.left;for(let m=0;m<e.batchSize;++m)for(let A=0;A<e.inChannels;++A)for(let g=0;g<e.outDepth;++g){let x=g*n-d,b=x;for(;b<0;)b+=a;let y=Math.min(e.inDepth,u+x);for(let I=0;I<e.outHeight;++I){let k=I*r-f,E=k;for(;E<0;)E+=i;let _=Math.min(e.inHeight,l+k);for(let S=0;S<e.outWidth;++S){let v=S*s-h,T=v;for(;T<0;)T+=c;let N=Math.min(e.inWidth,p+v),D=Number.NEGATIVE_INFINITY,P=-1;for(let B=b;B<y;B+=a){let O=B-x;for(let M=E;M<_;M+=i){let $=M-k;for(let F=T;F<N;F+=c){let Q=F-v,V=o.get(m,B,M,F,A);V>=D&&(D=V,P=O*l*p+$*l+Q)}}}t.set(P,m,g,I,S,A)}}}return t}function Z_(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;L(r,"avgPool");let{filterSize:s,strides:a,pad:i,dimRoundingMode:c}=n,u=1;C.assert(w.eitherStridesOrDilationsAreOne(a,u),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${u}'`);let l=w.computePool2DInfo(r.shape,s,a,u,i,c),p;if(l.filterWidth===1&&l.filterHeight===1&&C.arraysEqual(l.inShape,l.outShape))p=Ge({inputs:{x:r},backend:t});else{let d=t.data.get(r.dataId).values,f=C.computeStrides(r.shape),h=An(d,r.shape,r.dtype,f,l,"avg");p=t.makeTensorInfo(l.outShape,r.dtype,h.values)}return p}var Mf={kernelName:Yn,backendName:"cpu",kernelFunc:Z_};function ev(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{filterSize:s,strides:a,pad:i,dimRoundingMode:c,dataFormat:u}=n;L(r,"avgPool3d");let l=w.computePool3DInfo(r.shape,s,a,1,i,c,u),p=t.data.get(r.dataId).values,d=Va(p,r.shape,r.dtype,C.computeStrides(r.shape),l,"avg");return t.makeTensorInfo(d.shape,"float32",d.values)}var Qf={kernelName:Zn,backendName:"cpu",kernelFunc:ev};function tv(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,{filterSize:a,strides:i,pad:c,dimRoundingMode:u}=n;L([r,s],"avgPool3DGrad");let l=w.computePool3DInfo(s.shape,a,i,1,c,u),p=l.strideDepth,d=l.strideHeight,f=l.strideWidth,h=l.filterDepth,m=l.filterHeight,A=l.filterWidth,g=l.dilationDepth,x=l.dilationHeight,b=l.dilationWidth,y=l.effectiveFilterDepth,I=l.effectiveFilterHeight,k=l.effectiveFilterWidth,E=y-1-l.padInfo.front,_=k-1-l.padInfo.left,S=I-1-l.padInfo.top,v=ae(s.shape,"float32"),T=1/(h*m*A),N=t.bufferSync(r);for(let D=0;D<l.batchSize;++D)for(let P=0;P<l.inChannels;++P)for(let B=0;B<l.inDepth;++B)for(let O=0;O<l.inHeight;++O)for(let M=0;M<l.inWidth;++M){let $=B-E,F=O-S,Q=M-_,V=0;for(let W=0;W<y;W+=g){let z=($+W)/p;if(!(z<0||z>=l.outDepth||Math.floor(z)!==z))for(let H=0;H<I;H+=x){let G=(F+H)/d;if(!(G<0||G>=l.outHeight||Math.floor(G)!==G))for(let q=0;q<k;q+=b){let j=(Q+q)/f;if(j<0||j>=l.outWidth||Math.floor(j)!==j)continue;let X=N.get(D,z,G,j,P);V+=X}}}v.set(V*T,D,B,O,M,P)}return t.makeTensorInfo(v.shape,v.dtype,v.values)}var Uf={kernelName:er,backendName:"cpu",kernelFunc:tv};function ov(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,a=s;L([r,s],"avgPoolGrad");let{filterSize:i,strides:c,pad:u}=n,l=w.computePool2DInfo(a.shape,i,c,1,u),p=l.strideHeight,d=l.strideWidth,f=l.filterHeight,h=l.filterWidth,m=l.dilationHeight,A=l.dilationWidth,g=l.effectiveFilterHeight,x=l.effectiveFilterWidth,b=x-1-l.padInfo.left,y=g-1-l.padInfo.top,I=ae(a.shape,"float32"),k=1/(f*h),E=t.data.get(r.dataId).values,_=ae(r.shape,"float32",E);for(let S=0;S<l.batchSize;++S)for(let v=0;v<l.inChannels;++v)for(let T=0;T<l.inHeight;++T)for(let N=0;N<l.inWidth;++N){let D=T-y,P=N-b,B=0;for(let O=0;O<g;O+=m){let M=(D+O)/p;if(!(M<0||M>=l.outHeight||Math.floor(M)!==M))for(let $=0;$<x;$+=A){let F=(P+$)/d;if(F<0||F>=l.outWidth||Math.floor(F)!==F)continue;let Q=_.get(S,M,F,v);B+=Q}}I.set(B*k,S,T,N,v)}return t.makeTensorInfo(I.shape,I.dtype,I.values)}var Vf={kernelName:Jn,backendName:"cpu",kernelFunc:ov};function nv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,scale:s,offset:a,mean:i,variance:c}=e;C.assert(i.shape.length===c.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),C.assert(a==null||i.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),C.assert(s==null||i.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks."),L([r,i,c,s,a],"batchNorm");let{varianceEpsilon:u}=n;u==null&&(u=.001);let l=t.data.get(r.dataId).values,p=t.data.get(i.dataId).values,d=t.data.get(c.dataId).values,f=s?t.data.get(s.dataId).values:new Float32Array([1]),h=a?t.data.get(a.dataId).values:new Float32Array([0]),m=new Float32Array(l.length),A=h.length,g=f.length,x=d.length,b=p.length,y=0,I=0,k=0,E=0;for(let _=0;_<l.length;++_)m[_]=h[y++]+(l[_]-p[I++])*f[k++]/Math.sqrt(d[E++]+u),y>=A&&(y=0),I>=b&&(I=0),k>=g&&(k=0),E>=x&&(E=0);return t.makeTensorInfo(r.shape,r.dtype,m)}var zf={kernelName:$r,backendName:"cpu",kernelFunc:nv};function rv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockShape:s,crops:a}=n;L([r],"batchToSpaceND");let i=s.reduce((g,x)=>g*x),c=w.getReshaped(r.shape,s,i),u=w.getPermuted(c.length,s.length),l=w.getReshapedPermuted(r.shape,s,i),p=w.getSliceBeginCoords(a,s.length),d=w.getSliceSize(l,a,s.length),f=se({inputs:{x:r},backend:t,attrs:{shape:c}}),h=ke({inputs:{x:f},backend:t,attrs:{perm:u}}),m=se({inputs:{x:h},backend:t,attrs:{shape:l}}),A=pt({inputs:{x:m},backend:t,attrs:{begin:p,size:d}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),A}var Wf={kernelName:or,backendName:"cpu",kernelFunc:rv};function sv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,weights:s}=e,{size:a}=n,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,u=La(i,c,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,u)}var Gf={kernelName:nr,backendName:"cpu",kernelFunc:sv};function av(o){let{inputs:e,backend:t}=o,{s0:n,s1:r}=e,s=t.data.get(n.dataId).values,a=t.data.get(r.dataId).values,i=w.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeTensorInfo([i.length],"int32",Int32Array.from(i))}var Hf={kernelName:rr,backendName:"cpu",kernelFunc:av};var iv=ee(Lo,(o,e)=>{let t=e;return o>t.clipValueMax?t.clipValueMax:o<t.clipValueMin?t.clipValueMin:o}),qf={kernelName:Lo,backendName:"cpu",kernelFunc:iv};var cv=o=>{let{x:e}=o.inputs,t=o.backend,n=new Float32Array(C.sizeFromShape(e.shape)),r=t.data.get(e.dataId),s=r.complexTensorInfos.real,a=r.complexTensorInfos.imag,i=t.data.get(s.dataId).values,c=t.data.get(a.dataId).values;for(let u=0;u<i.length;u++){let l=i[u],p=c[u];n[u]=Math.hypot(l,p)}return t.makeOutput(n,e.shape,"float32")},Kf={kernelName:sr,backendName:"cpu",kernelFunc:cv};function xt(o){let{inputs:e,backend:t}=o,{input:n}=e,r=t.data.get(n.dataId).complexTensorInfos.imag,s=t.data.get(r.dataId).values;return t.makeTensorInfo(r.shape,r.dtype,s)}var Xf={kernelName:Dr,backendName:"cpu",kernelFunc:xt};function zt(o){let{inputs:e,backend:t,attrs:n}=o,{axis:r}=n,s=C.parseAxisParam(r,e[0].shape)[0],a=e.map(m=>m.shape);w.assertParamsConsistent(a,s);let i=w.computeOutShape(e.map(m=>m.shape),s);if(C.sizeFromShape(i)===0)return t.makeTensorInfo(i,e[0].dtype,[]);let c=e.filter(m=>C.sizeFromShape(m.shape)>0);if(c.length===1)return Ge({inputs:{x:c[0]},backend:t});if(c[0].dtype==="complex64"){let m=c.map(y=>_t({inputs:{input:y},backend:t})),A=c.map(y=>xt({inputs:{input:y},backend:t})),g=zt({inputs:m,backend:t,attrs:{axis:s}}),x=zt({inputs:A,backend:t,attrs:{axis:s}}),b=We({inputs:{real:g,imag:x},backend:t});return m.forEach(y=>t.disposeIntermediateTensorInfo(y)),A.forEach(y=>t.disposeIntermediateTensorInfo(y)),t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(x),b}let u=c.map(m=>{let g=[-1,C.sizeFromShape(m.shape.slice(s))];return se({inputs:{x:m},backend:t,attrs:{shape:g}})}),l=u.map(m=>({vals:t.data.get(m.dataId).values,shape:m.shape}));i=w.computeOutShape(u.map(m=>m.shape),1);let p=u[0].shape[0]===1,d=kd(l,i,e[0].dtype,p),f=w.computeOutShape(c.map(m=>m.shape),s),h=t.makeTensorInfo(f,e[0].dtype,d);return u.forEach(m=>t.disposeIntermediateTensorInfo(m)),h}var jf={kernelName:ar,backendName:"cpu",kernelFunc:zt};function Iu(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dataFormat:c,dilations:u,dimRoundingMode:l}=n;L([r,s],"conv2d");let p=w.convertConv2DDataFormat(c),d=w.computeConv2DInfo(r.shape,s.shape,a,u,i,l,!1,p),f=d.filterHeight,h=d.filterWidth,m=d.dilationHeight,A=d.dilationWidth,g=d.padInfo.left,x=d.padInfo.top,b=d.dataFormat==="channelsLast",y=new be(d.outShape,r.dtype),I=C.computeStrides(r.shape),k=C.computeStrides(s.shape),E=I[0],_=b?I[1]:I[2],S=b?I[2]:1,v=b?1:I[1],T=y.strides[0],N=b?y.strides[1]:y.strides[2],D=b?y.strides[2]:1,P=b?1:y.strides[1],B=t.data.get(r.dataId).values,O=t.data.get(s.dataId).values,M=y.values;for(let $=0;$<d.batchSize;++$){let F=$*E,Q=$*T;for(let V=0;V<d.outHeight;++V){let W=Q+V*N,z=V*d.strideHeight-x;for(let H=0;H<f;++H){let G=z+H*m;if(G<0||G>=d.inHeight)continue;let q=H*k[0],j=F+G*_;for(let X=0;X<d.outWidth;++X){let Z=W+X*D,re=X*d.strideWidth-g;for(let ne=0;ne<h;++ne){let le=re+ne*A;if(le<0||le>=d.inWidth)continue;let oe=q+ne*k[1],he=j+le*S,de=oe;for(let fe=0;fe<d.inChannels;++fe){let Ae=B[he+fe*v];for(let me=0;me<d.outChannels;++me)M[Z+me*P]+=Ae*O[de+me];de+=d.outChannels}}}}}}return t.makeTensorInfo(y.shape,y.dtype,M)}var Yf={kernelName:ir,backendName:"cpu",kernelFunc:Iu};function lv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,pad:i,dataFormat:c,dimRoundingMode:u,filterShape:l}=n;L([r,s],"conv2dBackpropFilter");let p=w.convertConv2DDataFormat(c),d=w.computeConv2DInfo(r.shape,l,a,1,i,u,!1,p),{strideHeight:f,strideWidth:h,filterHeight:m,filterWidth:A}=d,g=d.dataFormat==="channelsLast",x=new be(d.filterShape,"float32"),b=d.padInfo.left,y=d.padInfo.top,I=t.data.get(r.dataId).values,k=t.data.get(s.dataId).values,E=new be(r.shape,r.dtype,I),_=new be(s.shape,s.dtype,k);for(let S=0;S<m;++S){let v=Math.max(0,Math.ceil((y-S)/f)),T=Math.min(d.outHeight,(d.inHeight+y-S)/f);for(let N=0;N<A;++N){let D=Math.max(0,Math.ceil((b-N)/h)),P=Math.min(d.outWidth,(d.inWidth+b-N)/h);for(let B=0;B<d.inChannels;++B)for(let O=0;O<d.outChannels;++O){let M=0;for(let $=0;$<d.batchSize;++$)for(let F=v;F<T;++F){let Q=S+F*f-y;for(let V=D;V<P;++V){let W=N+V*h-b;g?M+=E.get($,Q,W,B)*_.get($,F,V,O):M+=E.get($,B,Q,W)*_.get($,O,F,V)}}x.set(M,S,N,B,O)}}}return t.makeTensorInfo(x.shape,x.dtype,x.values)}var Jf={kernelName:cr,backendName:"cpu",kernelFunc:lv};function uv(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{inputShape:a,strides:i,pad:c,dataFormat:u,dimRoundingMode:l}=n;L([r,s],"conv2dBackpropInput");let p=C.computeStrides(s.shape),d=C.computeStrides(r.shape),f=w.convertConv2DDataFormat(u),h=w.computeConv2DInfo(a,s.shape,i,1,c,l,!1,f),m=new be(h.inShape,"float32"),A=m.values,g=t.data.get(r.dataId).values,x=t.data.get(s.dataId).values,[b,y,I]=p,{batchSize:k,filterHeight:E,filterWidth:_,inChannels:S,inHeight:v,inWidth:T,outChannels:N,outHeight:D,outWidth:P,strideHeight:B,strideWidth:O}=h;f=h.dataFormat;let M=E-1-h.padInfo.top,$=_-1-h.padInfo.left,F=f==="channelsLast",Q=m.strides[0],V=F?m.strides[1]:m.strides[2],W=F?m.strides[2]:1,z=F?1:m.strides[1],H=d[0],G=F?d[1]:d[2],q=F?d[2]:1,j=F?1:d[1];for(let X=0;X<k;++X)for(let Z=0;Z<S;++Z)for(let re=0;re<v;++re){let ne=re-M,le=Math.max(0,Math.ceil(ne/B)),oe=Math.min(D,(E+ne)/B);for(let he=0;he<T;++he){let de=he-$,fe=Math.max(0,Math.ceil(de/O)),Ae=Math.min(P,(_+de)/O),me=0;for(let Se=le;Se<oe;++Se){let lt=Se*B-ne;for(let Je=fe;Je<Ae;++Je){let to=Je*O-de,ut=H*X+G*Se+q*Je,Et=b*(E-1-lt)+y*(_-1-to)+I*Z;for(let Lt=0;Lt<N;++Lt){let Mt=g[ut+j*Lt],Qt=x[Et+Lt];me+=Mt*Qt}}}let Ye=Q*X+V*re+W*he+z*Z;A[Ye]=me}}return t.makeTensorInfo(m.shape,m.dtype,m.values)}var Zf={kernelName:lr,backendName:"cpu",kernelFunc:uv};function pv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c}=n;L([r,s],"conv3d");let u=w.computeConv3DInfo(r.shape,s.shape,a,c,i),{filterDepth:l,filterHeight:p,filterWidth:d,dilationDepth:f,dilationHeight:h,dilationWidth:m,padInfo:A}=u,g=A.front,x=A.left,b=A.top,y=new be(u.outShape,r.dtype),I=t.data.get(r.dataId).values,k=t.data.get(s.dataId).values,E=y.values,_=C.computeStrides(r.shape),S=C.computeStrides(s.shape);for(let v=0;v<u.batchSize;++v){let T=v*_[0],N=v*y.strides[0];for(let D=0;D<u.outDepth;++D){let P=N+D*y.strides[1],B=D*u.strideDepth-g;for(let O=0;O<l;++O){let M=B+O*f;if(M<0||M>=u.inDepth)continue;let $=O*S[0],F=T+M*_[1];for(let Q=0;Q<u.outHeight;++Q){let V=P+Q*y.strides[2],W=Q*u.strideHeight-b;for(let z=0;z<p;++z){let H=W+z*h;if(H<0||H>=u.inHeight)continue;let G=$+z*S[1],q=F+H*_[2];for(let j=0;j<u.outWidth;++j){let X=V+j*u.outChannels,Z=j*u.strideWidth-x;for(let re=0;re<d;++re){let ne=Z+re*m;if(ne<0||ne>=u.inWidth)continue;let le=G+re*S[2],oe=q+ne*u.inChannels,he=le;for(let de=0;de<u.inChannels;++de){let fe=I[oe+de];for(let Ae=0;Ae<u.outChannels;++Ae)E[X+Ae]+=fe*k[he+Ae];he+=u.outChannels}}}}}}}}return t.makeTensorInfo(y.shape,y.dtype,y.values)}var eh={kernelName:ur,backendName:"cpu",kernelFunc:pv};function dv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,pad:i,filterShape:c}=n;L([r,s],"conv3dBackpropFilterV2");let u=C.computeStrides(r.shape),l=C.computeStrides(s.shape),p=w.computeConv3DInfo(r.shape,c,a,1,i),d=p.strideDepth,f=p.strideHeight,h=p.strideWidth,m=p.filterDepth,A=p.filterHeight,g=p.filterWidth,x=new be(p.filterShape,"float32"),b=x.values,[y,I,k,E]=x.strides,_=t.data.get(s.dataId).values,[S,v,T,N]=l,D=t.data.get(r.dataId).values,[P,B,O,M]=u,$=p.padInfo.front,F=p.padInfo.left,Q=p.padInfo.top;for(let V=0;V<m;++V){let W=Math.max(0,Math.ceil(($-V)/d)),z=Math.min(p.outDepth,(p.inDepth+$-V)/d),H=V*y;for(let G=0;G<A;++G){let q=Math.max(0,Math.ceil((Q-G)/f)),j=Math.min(p.outHeight,(p.inHeight+Q-G)/f),X=G*I+H;for(let Z=0;Z<g;++Z){let re=Math.max(0,Math.ceil((F-Z)/h)),ne=Math.min(p.outWidth,(p.inWidth+F-Z)/h),le=Z*k+X;for(let oe=0;oe<p.inChannels;++oe){let he=oe*E+le;for(let de=0;de<p.outChannels;++de){let fe=0;for(let Ae=0;Ae<p.batchSize;++Ae){let me=Ae*P,Ye=Ae*S;for(let Se=W;Se<z;++Se){let Je=(V+Se*d-$)*B+me,to=Se*v+Ye;for(let ut=q;ut<j;++ut){let Lt=(G+ut*f-Q)*O+Je,Mt=ut*T+to;for(let Qt=re;Qt<ne;++Qt){let Al=(Z+Qt*h-F)*M+Lt,xl=Qt*N+Mt;fe+=D[Al+oe]*_[xl+de]}}}}b[he+de]=fe}}}}}return t.makeTensorInfo(x.shape,x.dtype,x.values)}var th={kernelName:pr,backendName:"cpu",kernelFunc:dv};function fv(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{pad:a,strides:i,inputShape:c}=n;L([r],"conv3dBackpropInputV2");let u=C.computeStrides(r.shape),l=C.computeStrides(s.shape),p=w.computeConv3DInfo(c,s.shape,i,1,a),d=new be(p.inShape,"float32"),f=d.values,[h,m,A,g]=d.strides,x=t.data.get(r.dataId).values,[b,y,I,k]=u,E=t.data.get(s.dataId).values,[_,S,v,T]=l,{batchSize:N,filterDepth:D,filterHeight:P,filterWidth:B,inChannels:O,inDepth:M,inHeight:$,inWidth:F,outChannels:Q,outDepth:V,outHeight:W,outWidth:z,strideDepth:H,strideHeight:G,strideWidth:q}=p,j=D-1-p.padInfo.front,X=P-1-p.padInfo.top,Z=B-1-p.padInfo.left;for(let re=0;re<N;++re)for(let ne=0;ne<O;++ne)for(let le=0;le<M;++le){let oe=le-j,he=Math.max(0,Math.ceil(oe/H)),de=Math.min(V,(D+oe)/H);for(let fe=0;fe<$;++fe){let Ae=fe-X,me=Math.max(0,Math.ceil(Ae/G)),Ye=Math.min(W,(P+Ae)/G);for(let Se=0;Se<F;++Se){let lt=Se-Z,Je=Math.max(0,Math.ceil(lt/q)),to=Math.min(z,(B+lt)/q),ut=0;for(let Et=he;Et<de;++Et){let Lt=Et*H-oe;for(let Mt=me;Mt<Ye;++Mt){let Qt=Mt*G-Ae;for(let zn=Je;zn<to;++zn){let Al=zn*q-lt,xl=b*re+y*Et+I*Mt+k*zn,lI=_*(D-1-Lt)+S*(P-1-Qt)+v*(B-1-Al)+T*ne;for(let va=0;va<Q;++va){let uI=x[xl+va],pI=E[lI+va];ut+=uI*pI}}}}f[h*re+m*le+A*fe+g*Se+ne]=ut}}}return t.makeTensorInfo(d.shape,d.dtype,d.values)}var oh={kernelName:dr,backendName:"cpu",kernelFunc:fv};var hv=ee("Cos",o=>Math.cos(o)),nh={kernelName:"Cos",backendName:"cpu",kernelFunc:hv};var mv=ee(Qo,o=>Math.cosh(o)),rh={kernelName:Qo,backendName:"cpu",kernelFunc:mv};function gv(o){let{inputs:e,backend:t,attrs:n}=o,{image:r,boxes:s,boxInd:a}=e,{cropSize:i,method:c,extrapolationValue:u}=n,[l,p,d,f]=r.shape,h=s.shape[0],[m,A]=i,g=ae([h,m,A,f],"float32"),x=t.data.get(s.dataId).values,b=t.data.get(a.dataId).values,y=t.data.get(r.dataId).values,I=C.computeStrides(r.shape),k=C.computeStrides(g.shape);for(let E=0;E<h;E++){let _=E*4,S=x[_],v=x[_+1],T=x[_+2],N=x[_+3],D=b[E];if(D>=l)continue;let P=m>1?(T-S)*(p-1)/(m-1):0,B=A>1?(N-v)*(d-1)/(A-1):0;for(let O=0;O<m;O++){let M=m>1?S*(p-1)+O*P:.5*(S+T)*(p-1);if(M<0||M>p-1){for(let $=0;$<A;$++)for(let F=0;F<f;F++){let Q=F+$*k[2]+O*k[1]+E*k[0];g.values[Q]=u}continue}if(c==="bilinear"){let $=Math.floor(M),F=Math.ceil(M),Q=M-$;for(let V=0;V<A;V++){let W=A>1?v*(d-1)+V*B:.5*(v+N)*(d-1);if(W<0||W>d-1){for(let q=0;q<f;q++){let j=q+V*k[2]+O*k[1]+E*k[0];g.values[j]=u}continue}let z=Math.floor(W),H=Math.ceil(W),G=W-z;for(let q=0;q<f;q++){let j=q+z*I[2]+$*I[1]+D*I[0],X=y[j];j=q+H*I[2]+$*I[1]+D*I[0];let Z=y[j];j=q+z*I[2]+F*I[1]+D*I[0];let re=y[j];j=q+H*I[2]+F*I[1]+D*I[0];let ne=y[j],le=X+(Z-X)*G,oe=re+(ne-re)*G;j=q+V*k[2]+O*k[1]+E*k[0],g.values[j]=le+(oe-le)*Q}}}else for(let $=0;$<A;++$){let F=A>1?v*(d-1)+$*B:.5*(v+N)*(d-1);if(F<0||F>d-1){for(let W=0;W<f;W++){let z=W+$*k[2]+O*k[1]+E*k[0];g.values[z]=u}continue}let Q=Math.round(F),V=Math.round(M);for(let W=0;W<f;W++){let z=W+Q*I[2]+V*I[1]+D*I[0],H=W+$*k[2]+O*k[1]+E*k[0];g.values[H]=y[z]}}}}return t.makeTensorInfo(g.shape,g.dtype,g.values)}var sh={kernelName:mr,backendName:"cpu",kernelFunc:gv};function Av(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,exclusive:a,reverse:i}=n;L(r,"cumprod");let c=w.getAxesPermutation([s],r.shape.length),u=r;c!=null&&(u=ke({inputs:{x:r},backend:t,attrs:{perm:c}}));let l=w.getInnerMostAxes(1,r.shape.length)[0];if(l!==u.shape.length-1)throw new Error(`backend.cumprod in CPU expects an inner-most axis=${u.shape.length-1} but got axis=${l}`);let p=Pe(u.dtype,"int32"),d=C.makeOnesTypedArray(C.sizeFromShape(u.shape),p),f=t.data.get(u.dataId).values,h=u.shape[u.shape.length-1],m=i?(g,x)=>g+h-x-1:(g,x)=>g+x;for(let g=0;g<f.length;g+=h)for(let x=0;x<h;x++){let b=m(g,x);if(x===0)d[b]=a?1:f[b];else{let y=m(g,x-1);d[b]=a?f[y]*d[y]:f[b]*d[y]}}let A=t.makeTensorInfo(u.shape,p,d);if(c!=null){let g=w.getUndoAxesPermutation(c),x=ke({inputs:{x:A},backend:t,attrs:{perm:g}});return t.disposeIntermediateTensorInfo(A),t.disposeIntermediateTensorInfo(u),x}return A}var ah={kernelName:fr,backendName:"cpu",kernelFunc:Av};function xv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,exclusive:a,reverse:i}=n;L(r,"cumsum");let c=w.getAxesPermutation([s],r.shape.length),u=r;c!=null&&(u=ke({inputs:{x:r},backend:t,attrs:{perm:c}}));let l=w.getInnerMostAxes(1,r.shape.length)[0];if(l!==u.shape.length-1)throw new Error(`backend.cumsum in CPU expects an inner-most axis=${u.shape.length-1} but got axis=${l}`);let p=Pe(u.dtype,"int32"),d=C.makeZerosTypedArray(C.sizeFromShape(u.shape),p),f=t.data.get(u.dataId).values,h=u.shape[u.shape.length-1],m=i?(g,x)=>g+h-x-1:(g,x)=>g+x;for(let g=0;g<f.length;g+=h)for(let x=0;x<h;x++){let b=m(g,x);if(x===0)d[b]=a?0:f[b];else{let y=m(g,x-1);d[b]=a?f[y]+d[y]:f[b]+d[y]}}let A=t.makeTensorInfo(u.shape,p,d);if(c!=null){let g=w.getUndoAxesPermutation(c),x=ke({inputs:{x:A},backend:t,attrs:{perm:g}});return t.disposeIntermediateTensorInfo(A),t.disposeIntermediateTensorInfo(u),x}return A}var ih={kernelName:hr,backendName:"cpu",kernelFunc:xv};function Cv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,weights:s}=e,{size:a,binaryOutput:i}=n;if(r.shape.length===1){let c=t.data.get(r.dataId).values,u=t.data.get(s.dataId).values,l=La(c,u,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,l)}else if(r.shape.length===2){let c=t.bufferSync(r),u=t.bufferSync(s),l=yd(c,u,a,i);return t.makeTensorInfo(l.shape,s.dtype,l.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${r.shape.length}.`)}var ch={kernelName:gr,backendName:"cpu",kernelFunc:Cv};function bv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockSize:s,dataFormat:a}=n;C.assert(a==="NHWC",()=>`Only NHWC dataFormat supported on CPU for depthToSpace. Got ${a}`);let i=r.shape[0],c=r.shape[1],u=r.shape[2],l=r.shape[3],p=c*s,d=u*s,f=l/(s*s),h=t.data.get(r.dataId).values,m=new Float32Array(i*p*d*f),A=0;for(let g=0;g<i;++g)for(let x=0;x<p;++x){let b=Math.floor(x/s),y=x%s;for(let I=0;I<d;++I){let k=Math.floor(I/s),E=I%s,_=(y*s+E)*f;for(let S=0;S<f;++S){let T=S+_+l*(k+u*(b+c*g));m[A++]=h[T]}}}return t.makeTensorInfo([i,p,d,f],r.dtype,m)}var lh={kernelName:Ar,backendName:"cpu",kernelFunc:bv};function ku(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c,dimRoundingMode:u}=n;L([r,s],"depthwiseConv2DNative");let l=C.computeStrides(r.shape),p=C.computeStrides(s.shape),d=c;d==null&&(d=[1,1]),C.assert(w.eitherStridesOrDilationsAreOne(a,d),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${a} and dilations '${d}'`);let f=w.computeConv2DInfo(r.shape,s.shape,a,d,i,u,!0),{filterHeight:h,filterWidth:m,dilationHeight:A,dilationWidth:g,padInfo:x}=f,b=x.left,y=x.top,I=f.outChannels/f.inChannels,k=new be(f.outShape,r.dtype),E=t.data.get(r.dataId).values,_=t.data.get(s.dataId).values,S=k.values;for(let v=0;v<f.batchSize;++v){let T=v*l[0],N=v*k.strides[0];for(let D=0;D<f.outHeight;++D){let P=N+D*k.strides[1],B=D*f.strideHeight-y;for(let O=0;O<h;++O){let M=B+O*A;if(M<0||M>=f.inHeight)continue;let $=O*p[0],F=T+M*l[1];for(let Q=0;Q<f.outWidth;++Q){let V=P+Q*k.strides[2],W=Q*f.strideWidth-b;for(let z=0;z<m;++z){let H=W+z*g;if(H<0||H>=f.inWidth)continue;let G=$+z*p[1],q=F+H*f.inChannels,j=V,X=G;for(let Z=0;Z<f.inChannels;++Z){let re=E[q+Z];for(let ne=0;ne<I;++ne)S[j+ne]+=re*_[X+ne];j+=I,X+=I}}}}}}return t.makeTensorInfo(k.shape,k.dtype,k.values)}var uh={kernelName:xr,backendName:"cpu",kernelFunc:ku};function yv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,dilations:i,pad:c,dimRoundingMode:u,filterShape:l}=n;L([r,s],"depthwiseConv2dNativeBackpropFilter");let p=w.computeConv2DInfo(r.shape,l,a,i,c,u,!0),{strideHeight:d,strideWidth:f,filterHeight:h,filterWidth:m}=p,A=new be(p.filterShape,"float32"),g=p.padInfo.left,x=p.padInfo.top,b=p.outChannels/p.inChannels,y=t.data.get(r.dataId).values,I=new be(r.shape,r.dtype,y),k=t.data.get(s.dataId).values,E=new be(s.shape,s.dtype,k);for(let _=0;_<h;++_){let S=Math.max(0,Math.ceil((x-_)/d)),v=Math.min(p.outHeight,(p.inHeight+x-_)/d);for(let T=0;T<m;++T){let N=Math.max(0,Math.ceil((g-T)/f)),D=Math.min(p.outWidth,(p.inWidth+g-T)/f);for(let P=0;P<p.outChannels;++P){let B=Math.trunc(P/b),O=P%b,M=0;for(let $=0;$<p.batchSize;++$)for(let F=S;F<v;++F){let Q=_+F*d-x;for(let V=N;V<D;++V){let W=T+V*f-g;M+=I.get($,Q,W,B)*E.get($,F,V,P)}}A.set(M,_,T,B,O)}}}return t.makeTensorInfo(A.shape,A.dtype,A.values)}var ph={kernelName:Cr,backendName:"cpu",kernelFunc:yv};function wv(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{strides:a,dilations:i,pad:c,dimRoundingMode:u,inputShape:l}=n;L([r,s],"depthwiseConv2DNativeBackpropInput");let p=C.computeStrides(r.shape),d=C.computeStrides(s.shape),f=w.computeConv2DInfo(l,s.shape,a,i,c,u,!0),h=new be(f.inShape,"float32"),m=h.values,[A,g,x]=h.strides,b=t.data.get(r.dataId).values,[y,I,k]=p,E=t.data.get(s.dataId).values,[_,S,v]=d,{batchSize:T,filterHeight:N,filterWidth:D,inChannels:P,inHeight:B,inWidth:O,outChannels:M,outHeight:$,outWidth:F,strideHeight:Q,strideWidth:V}=f,W=N-1-f.padInfo.top,z=D-1-f.padInfo.left,H=M/P;for(let G=0;G<T;++G)for(let q=0;q<P;++q)for(let j=0;j<B;++j){let X=j-W,Z=Math.max(0,Math.ceil(X/Q)),re=Math.min($,(N+X)/Q);for(let ne=0;ne<O;++ne){let le=ne-z,oe=Math.max(0,Math.ceil(le/V)),he=Math.min(F,(D+le)/V),de=0;for(let fe=Z;fe<re;++fe){let Ae=fe*Q-X;for(let me=oe;me<he;++me){let Ye=me*V-le,Se=y*G+I*fe+k*me,lt=_*(N-1-Ae)+S*(D-1-Ye)+v*q;for(let Je=0;Je<H;++Je){let to=q*H+Je,ut=b[Se+to],Et=E[lt+Je];de+=ut*Et}}}m[A*G+g*j+x*ne+q]=de}}return t.makeTensorInfo(h.shape,h.dtype,h.values)}var dh={kernelName:br,backendName:"cpu",kernelFunc:wv};function Iv(o){let{inputs:e,backend:t}=o,{x:n}=e,r=C.sizeFromShape(n.shape),s=t.data.get(n.dataId).values,a=ae([r,r],n.dtype),i=a.values;for(let u=0;u<s.length;u++)i[u*r+u]=s[u];let c=[...n.shape,...n.shape];return t.makeTensorInfo(c,a.dtype,a.values)}var fh={kernelName:yr,backendName:"cpu",kernelFunc:Iv};var hh={kernelName:wr,backendName:"cpu",kernelFunc:({inputs:o,backend:e,attrs:t})=>{let{x:n,filter:r}=o,{strides:s,pad:a,dilations:i}=t,c=e,u=c.data.get(n.dataId).values,l=n.shape.length,p=c.data.get(r.dataId).values,d=r.shape.length,{batchSize:f,inHeight:h,inWidth:m,inChannels:A,outHeight:g,outWidth:x,padInfo:b,strideHeight:y,strideWidth:I,filterHeight:k,filterWidth:E,dilationHeight:_,dilationWidth:S,outShape:v}=w.computeDilation2DInfo(n.shape,r.shape,s,a,"NHWC",i),T=C.sizeFromShape(v),N=v.length,D=C.getArrayFromDType(n.dtype,T);for(let B=0;B<f;++B)for(let O=0;O<g;++O){let M=O*y-b.top;for(let $=0;$<x;++$){let F=$*I-b.left;for(let Q=0;Q<A;++Q){let V=Number.MIN_SAFE_INTEGER;for(let z=0;z<k;++z){let H=M+z*_;if(H>=0&&H<h)for(let G=0;G<E;++G){let q=F+G*S;if(q>=0&&q<m){let j=C.locToIndex([B,H,q,Q],l,C.computeStrides(n.shape)),X=C.locToIndex([z,G,Q],d,C.computeStrides(r.shape)),Z=u[j]+p[X];Z>V&&(V=Z)}}}let W=C.locToIndex([B,O,$,Q],N,C.computeStrides(v));D[W]=V}}}return{dataId:c.write(C.toTypedArray(D,n.dtype),v,n.dtype),shape:v,dtype:n.dtype}}};var mh={kernelName:Ra,backendName:"cpu",kernelFunc:({inputs:o,backend:e,attrs:t})=>{let{x:n,filter:r,dy:s}=o,{strides:a,pad:i,dilations:c}=t,u=e,l=C.toNestedArray(n.shape,u.data.get(n.dataId).values),p=C.toNestedArray(r.shape,u.data.get(r.dataId).values),{batchSize:d,inHeight:f,inWidth:h,inChannels:m,outHeight:A,outWidth:g,padInfo:x,strideHeight:b,strideWidth:y,filterHeight:I,filterWidth:k,dilationHeight:E,dilationWidth:_,outShape:S}=w.computeDilation2DInfo(n.shape,r.shape,a,i,"NHWC",c);C.assert(s.rank===S.length,()=>`Error in ${Ra}, dy must have the same rank as output ${S.length}, but got ${s.rank}`);let v=C.toNestedArray(S,u.data.get(s.dataId).values),T=C.makeZerosNestedTypedArray(r.shape,r.dtype);for(let D=0;D<d;++D)for(let P=0;P<A;++P){let B=P*b-x.top;for(let O=0;O<g;++O){let M=O*y-x.left;for(let $=0;$<m;++$){let F=Number.MIN_SAFE_INTEGER,Q=0,V=0;for(let W=0;W<I;++W){let z=B+W*E;if(z>=0&&z<f)for(let H=0;H<k;++H){let G=M+H*_;if(G>=0&&G<h){let q=l[D][z][G][$]+p[W][H][$];q>F&&(F=q,Q=W,V=H)}}}T[Q][V][$]+=v[D][P][O][$]}}}return{dataId:u.write(C.toTypedArray(T,n.dtype),r.shape,r.dtype),shape:r.shape,dtype:r.dtype}}};var gh={kernelName:$a,backendName:"cpu",kernelFunc:({inputs:o,backend:e,attrs:t})=>{let{x:n,filter:r,dy:s}=o,{strides:a,pad:i,dilations:c}=t,u=e,l=C.toNestedArray(n.shape,u.data.get(n.dataId).values),p=C.toNestedArray(r.shape,u.data.get(r.dataId).values),{batchSize:d,inHeight:f,inWidth:h,inChannels:m,outHeight:A,outWidth:g,padInfo:x,strideHeight:b,strideWidth:y,filterHeight:I,filterWidth:k,dilationHeight:E,dilationWidth:_,outShape:S}=w.computeDilation2DInfo(n.shape,r.shape,a,i,"NHWC",c);C.assert(s.rank===S.length,()=>`Error in ${$a}, dy must have the same rank as output ${S.length}, but got ${s.rank}`);let v=C.toNestedArray(S,u.data.get(s.dataId).values),T=C.makeZerosNestedTypedArray(n.shape,n.dtype);for(let D=0;D<d;++D)for(let P=0;P<A;++P){let B=P*b-x.top;for(let O=0;O<g;++O){let M=O*y-x.left;for(let $=0;$<m;++$){let F=Number.MIN_SAFE_INTEGER,Q=B<0?0:B,V=M<0?0:M;for(let W=0;W<I;++W){let z=B+W*E;if(z>=0&&z<f)for(let H=0;H<k;++H){let G=M+H*_;if(G>=0&&G<h){let q=l[D][z][G][$]+p[W][H][$];q>F&&(F=q,Q=z,V=G)}}}T[D][Q][V][$]+=v[D][P][O][$]}}}return{dataId:u.write(C.toTypedArray(T,n.dtype),n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};function kv(o){let{inputs:e,backend:t,attrs:n}=o,{image:r}=e,{canvas:s,options:a}=n,{contextOptions:i,imageOptions:c}=a||{},u=c?.alpha||1,l=i?.contextType||"2d";if(l!=="2d")throw new Error(`Context type ${i.contextType} is not supported by the CPU backend.`);let p=s.getContext(l,i?.contextAttributes||{});if(p==null)throw new Error(`Could not get the context with ${l} type.`);let[d,f]=r.shape.slice(0,2),h=r.shape.length===2?1:r.shape[2],m=t.data.get(r.dataId).values,A=r.dtype==="float32"?255:1,g=new Uint8ClampedArray(f*d*4);for(let b=0;b<d*f;++b){let y=[0,0,0,255*u];for(let k=0;k<h;k++){let E=m[b*h+k];if(r.dtype==="float32"){if(E<0||E>1)throw new Error(`Tensor values for a float32 Tensor must be in the range [0 - 1] but encountered ${E}.`)}else if(r.dtype==="int32"&&(E<0||E>255))throw new Error(`Tensor values for a int32 Tensor must be in the range [0 - 255] but encountered ${E}.`);h===1?(y[0]=E*A,y[1]=E*A,y[2]=E*A):y[k]=E*A}let I=b*4;g[I+0]=Math.round(y[0]),g[I+1]=Math.round(y[1]),g[I+2]=Math.round(y[2]),g[I+3]=Math.round(y[3])}s.width=f,s.height=d;let x=new ImageData(g,f,d);return p.putImageData(x,0,0),r}var Ah={kernelName:Sl,backendName:"cpu",kernelFunc:kv};function Rt(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;L(r,"sum");let i;r.dtype==="bool"?i=mn({inputs:{x:r},backend:t,attrs:{dtype:"int32"}}):i=Ge({inputs:{x:r},backend:t});let c=i.shape.length,u=C.parseAxisParam(s,i.shape),l=w.getAxesPermutation(u,c),p=u,d=i;l!=null&&(d=ke({inputs:{x:i},backend:t,attrs:{perm:l}}),p=w.getInnerMostAxes(p.length,c)),w.assertAxesAreInnerMostDims("sum",p,d.shape.length);let[f,h]=w.computeOutAndReduceShapes(d.shape,p),m=w.upcastType(d.dtype,"int32"),A=gd(t,f,m),g=C.sizeFromShape(h),x=t.data.get(A.dataId).values,b=t.data.get(d.dataId).values;for(let y=0;y<x.length;++y){let I=y*g,k=0;for(let E=0;E<g;++E)k+=b[I+E];x[y]=k}if(a){let y=w.expandShapeToKeepDim(A.shape,u),I=A;A=se({inputs:{x:A},backend:t,attrs:{shape:y}}),t.disposeIntermediateTensorInfo(I)}return t.disposeIntermediateTensorInfo(i),l!=null&&t.disposeIntermediateTensorInfo(d),A}var xh={kernelName:"Sum",backendName:"cpu",kernelFunc:Rt};function Sv(o){let{inputs:e,backend:t,attrs:n}=o,{equation:r}=n,s=e,{allDims:a,summedDims:i,idDims:c}=w.decodeEinsumEquation(r,s.length);w.checkEinsumDimSizes(a.length,c,s);let{path:u,steps:l}=w.getEinsumComputePath(i,c),p=l.length,d=null,f=a.length,h=[];for(let m=0;m<p;++m){for(let A of l[m]){let{permutationIndices:g,expandDims:x}=w.getEinsumPermutation(f,c[A]),b;w.isIdentityPermutation(g)?b=s[A]:(b=ke({inputs:{x:s[A]},backend:t,attrs:{perm:g}}),h.push(b));let y=b.shape.slice();for(let I=0;I<x.length;++I)y.splice(x[I],0,1);C.arraysEqual(b.shape,y)||(b=se({inputs:{x:b},backend:t,attrs:{shape:y}}),h.push(b)),d===null?d=b:(d=gn({inputs:{a:b,b:d},backend:t}),h.push(d))}m<p-1&&(u[m]>=0&&(d=Rt({inputs:{x:d},backend:t,attrs:{axis:u[m]-(a.length-f),keepDims:!1}}),h.push(d)),f--)}for(let m of h)m!==d&&t.disposeIntermediateTensorInfo(m);return d}var Ch={kernelName:Ir,backendName:"cpu",kernelFunc:Sv};function Ev(o){let{inputs:e,backend:t}=o,{dy:n,y:r}=e;L([n,r],"eluGrad");let s=new Float32Array(C.sizeFromShape(r.shape)),a=t.data.get(r.dataId).values,i=t.data.get(n.dataId).values;for(let c=0;c<a.length;++c){let u=a[c];u>=0?s[c]=i[c]:s[c]=i[c]*(u+1)}return t.makeTensorInfo(r.shape,"float32",s)}var bh={kernelName:kr,backendName:"cpu",kernelFunc:Ev};var _v=w.ERF_P,vv=w.ERF_A1,$v=w.ERF_A2,Rv=w.ERF_A3,Nv=w.ERF_A4,Tv=w.ERF_A5,Dv=ee("Erf",o=>{let e=Math.sign(o),t=Math.abs(o),n=1/(1+_v*t);return e*(1-((((Tv*n+Nv)*n+Rv)*n+$v)*n+vv)*n*Math.exp(-t*t))}),yh={kernelName:"Erf",backendName:"cpu",kernelFunc:Dv};function xn(o){let{inputs:e,backend:t,attrs:n}=o,{input:r}=e,{dim:s}=n,a=r.shape.length,i=r.shape.slice(),c=s;return s<0&&(C.assert(-(a+1)<=s,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),c=a+s+1),i.splice(c,0,1),se({inputs:{x:r},backend:t,attrs:{shape:i}})}var wh={kernelName:Sr,backendName:"cpu",kernelFunc:xn};var Bv=ze((o,e)=>o/e),Ks=rt(Uo,Bv),Xs={kernelName:Uo,backendName:"cpu",kernelFunc:Ks};function za(o,e,t){let n=o.shape,r=n[0],s=n[1],a=t.data.get(o.dataId),i=a.complexTensorInfos.real,c=a.complexTensorInfos.imag,u=[r,s],l=C.sizeFromShape(u),p=C.getTypedArrayFromDType("float32",l),d=C.getTypedArrayFromDType("float32",l);for(let A=0;A<r;A++){let g=pt({inputs:{x:i},backend:t,attrs:{begin:[A,0],size:[1,s]}}),x=pt({inputs:{x:c},backend:t,attrs:{begin:[A,0],size:[1,s]}}),b=We({inputs:{real:g,imag:x},backend:t}),{real:y,imag:I}=Fv(b,e,t),k=w.mergeRealAndImagArrays(y,I);for(let E=0;E<s;E++){let _=w.getComplexWithIndex(k,E);p[A*s+E]=_.real,d[A*s+E]=_.imag}t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(x),t.disposeIntermediateTensorInfo(b)}let f=t.makeTensorInfo(u,"float32",p),h=t.makeTensorInfo(u,"float32",d),m=We({inputs:{real:f,imag:h},backend:t});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),m}function Fv(o,e,t){let n=C.sizeFromShape(o.shape),r=t.data.get(o.dataId),s=t.data.get(r.complexTensorInfos.real.dataId).values,a=t.data.get(r.complexTensorInfos.imag.dataId).values;if(Pv(n)){let i=Su(s,a,n,e,t),c=[o.shape[0],o.shape[1]];if(e){let u=t.makeTensorInfo(c,"float32",i.real),l=t.makeTensorInfo(c,"float32",i.imag),p=t.makeTensorInfo([],"float32",C.createScalarValue(n,"float32")),d=Ge({inputs:{x:p},backend:t}),f=Xs.kernelFunc({inputs:{a:u,b:p},backend:t}),h=Xs.kernelFunc({inputs:{a:l,b:d},backend:t}),m=t.data.get(f.dataId).values,A=t.data.get(h.dataId).values;return t.disposeIntermediateTensorInfo(u),t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),{real:m,imag:A}}return i}else{let i=w.mergeRealAndImagArrays(s,a),c=Ov(i,n,e);return w.splitRealAndImagArrays(c)}}function Pv(o){return(o&o-1)===0}function Su(o,e,t,n,r){if(t===1)return{real:o,imag:e};let s=w.mergeRealAndImagArrays(o,e),a=t/2,i=w.complexWithEvenIndex(s),c=i.real,u=i.imag,l=[c.length],p=r.makeTensorInfo(l,"float32",c),d=r.makeTensorInfo(l,"float32",u),f=We({inputs:{real:p,imag:d},backend:r}),h=w.complexWithOddIndex(s),m=h.real,A=h.imag,g=[m.length],x=r.makeTensorInfo(g,"float32",m),b=r.makeTensorInfo(g,"float32",A),y=We({inputs:{real:x,imag:b},backend:r}),I=Su(c,u,a,n,r),k=I.real,E=I.imag,_=[k.length],S=r.makeTensorInfo(_,"float32",k),v=r.makeTensorInfo(_,"float32",E),T=We({inputs:{real:S,imag:v},backend:r}),N=Su(m,A,a,n,r),D=N.real,P=N.imag,B=[D.length],O=r.makeTensorInfo(B,"float32",D),M=r.makeTensorInfo(B,"float32",P),$=We({inputs:{real:O,imag:M},backend:r}),F=w.exponents(t,n),Q=[F.real.length],V=r.makeTensorInfo(Q,"float32",F.real),W=r.makeTensorInfo(Q,"float32",F.imag),z=We({inputs:{real:V,imag:W},backend:r}),H=gn({inputs:{a:z,b:$},backend:r}),G=vt({inputs:{a:T,b:H},backend:r}),q=Qa({inputs:{a:T,b:H},backend:r}),j=_t({inputs:{input:G},backend:r}),X=_t({inputs:{input:q},backend:r}),Z=xt({inputs:{input:G},backend:r}),re=xt({inputs:{input:q},backend:r}),ne=zt({inputs:[j,X],backend:r,attrs:{axis:0}}),le=zt({inputs:[Z,re],backend:r,attrs:{axis:0}}),oe=r.data.get(ne.dataId).values,he=r.data.get(le.dataId).values;return r.disposeIntermediateTensorInfo(p),r.disposeIntermediateTensorInfo(d),r.disposeIntermediateTensorInfo(f),r.disposeIntermediateTensorInfo(x),r.disposeIntermediateTensorInfo(b),r.disposeIntermediateTensorInfo(y),r.disposeIntermediateTensorInfo(S),r.disposeIntermediateTensorInfo(v),r.disposeIntermediateTensorInfo(T),r.disposeIntermediateTensorInfo(O),r.disposeIntermediateTensorInfo(M),r.disposeIntermediateTensorInfo($),r.disposeIntermediateTensorInfo(V),r.disposeIntermediateTensorInfo(W),r.disposeIntermediateTensorInfo(z),r.disposeIntermediateTensorInfo(H),r.disposeIntermediateTensorInfo(G),r.disposeIntermediateTensorInfo(q),r.disposeIntermediateTensorInfo(j),r.disposeIntermediateTensorInfo(Z),r.disposeIntermediateTensorInfo(X),r.disposeIntermediateTensorInfo(re),r.disposeIntermediateTensorInfo(ne),r.disposeIntermediateTensorInfo(le),{real:oe,imag:he}}function Ov(o,e,t){let n=new Float32Array(e*2);for(let r=0;r<e;r++){let s=0,a=0;for(let i=0;i<e;i++){let c=w.exponent(r*i,e,t),u=w.getComplexWithIndex(o,i);s+=u.real*c.real-u.imag*c.imag,a+=u.real*c.imag+u.imag*c.real}t&&(s/=e,a/=e),w.assignToTypedArray(n,s,a,r)}return n}function Lv(o){let{inputs:e,backend:t}=o,{input:n}=e,r=C.sizeFromShape(n.shape),s=n.shape[n.shape.length-1],a=r/s,i=se({inputs:{x:n},backend:t,attrs:{shape:[a,s]}}),c=za(i,!1,t),u=se({inputs:{x:c},backend:t,attrs:{shape:n.shape}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(c),u}var Ih={kernelName:"FFT",backendName:"cpu",kernelFunc:Lv};function js(o){let{backend:e,attrs:t}=o,{shape:n,value:r,dtype:s}=t,a=s||C.inferDtype(r),i=C.getArrayFromDType(a,C.sizeFromShape(n));return Mv(i,r,a),e.makeTensorInfo(n,a,i)}var kh={kernelName:_r,backendName:"cpu",kernelFunc:js};function Mv(o,e,t){o.fill(e)}var Sh={kernelName:vr,backendName:"cpu",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{image:n}=o,r=t,s=C.getTypedArrayFromDType(n.dtype,C.sizeFromShape(n.shape)),[a,i,c,u]=n.shape,l=r.data.get(n.dataId).values;for(let d=0;d<a;d++){let f=d*c*i*u;for(let h=0;h<i;h++){let m=h*(c*u);for(let A=0;A<c;A++){let g=A*u;for(let x=0;x<u;x++){let b=Math.round(c-A-1),y=f+m+g+x,I=l[y];if(b>=0&&b<c){let k=b*u,E=f+m+k+x;I=l[E]}s[y]=I}}}}return{dataId:r.write(s,n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};function Qv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s,bias:a,preluActivationWeights:i}=e,{strides:c,pad:u,dataFormat:l,dilations:p,dimRoundingMode:d,activation:f,leakyreluAlpha:h}=n,m=Iu({inputs:{x:r,filter:s},backend:t,attrs:{strides:c,pad:u,dataFormat:l,dilations:p,dimRoundingMode:d}});if(a){let A=m;if(l==="NCHW"&&a.shape.length===1&&a.shape[0]!==1){let g=se({inputs:{x:a},backend:t,attrs:{shape:[a.shape[0],1,1]}});m=vt({inputs:{a:m,b:g},backend:t}),t.disposeIntermediateTensorInfo(g)}else m=vt({inputs:{a:m,b:a},backend:t});t.disposeIntermediateTensorInfo(A)}if(f){let A=m;if(l==="NCHW"&&f==="prelu"&&i.shape.length===1&&i.shape[0]!==1){let g=se({inputs:{x:i},backend:t,attrs:{shape:[i.shape[0],1,1]}});m=co(t,m,f,g,h),t.disposeIntermediateTensorInfo(g)}else m=co(t,m,f,i,h);t.disposeIntermediateTensorInfo(A)}return m}var Eh={kernelName:Ms,backendName:"cpu",kernelFunc:Qv};function Uv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s,bias:a,preluActivationWeights:i}=e,{strides:c,pad:u,dataFormat:l,dilations:p,dimRoundingMode:d,activation:f,leakyreluAlpha:h}=n,m=ku({inputs:{x:r,filter:s},backend:t,attrs:{strides:c,pad:u,dataFormat:l,dilations:p,dimRoundingMode:d}});if(a){let A=m;m=vt({inputs:{a:m,b:a},backend:t}),t.disposeIntermediateTensorInfo(A)}if(f){let A=m;m=co(t,m,f,i,h),t.disposeIntermediateTensorInfo(A)}return m}var _h={kernelName:Qs,backendName:"cpu",kernelFunc:Uv};function Vv(o){let{inputs:e,backend:t}=o,{params:n,indices:r}=e,s=C.sizeFromShape(n.shape),a=r.shape,i=a[a.length-1],[c,u,l,p]=w.prepareAndValidate(n,r);if(u===0)return t.makeTensorInfo(c,n.dtype,[]);let d=t.data.get(r.dataId).values,f=t.bufferSync(n),h=Td(d,f,n.dtype,u,i,l,p,n.shape,s);return t.makeTensorInfo(c,n.dtype,h.values)}var vh={kernelName:Nr,backendName:"cpu",kernelFunc:Vv};function zv(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,indices:s}=e,{axis:a,batchDims:i}=n;L([r,s],"gatherV2");let c=C.parseAxisParam(a,r.shape)[0],u=t.data.get(s.dataId).values,l=r.shape[c];for(let y=0;y<u.length;++y){let I=u[y];C.assert(I<=l-1&&I>=0,()=>`GatherV2: the index value ${I} is not in [0, ${l-1}]`)}let p=i;i==null&&(p=0);let d=C.sizeFromShape(s.shape),f=w.segment_util.collectGatherOpShapeInfo(r,s,c,p),h=se({inputs:{x:r},backend:t,attrs:{shape:[f.batchSize,f.outerSize,f.dimSize,f.sliceSize]}}),m=se({inputs:{x:s},backend:t,attrs:{shape:[f.batchSize,d/f.batchSize]}}),A=[f.batchSize,f.outerSize,d/f.batchSize,f.sliceSize],g=t.bufferSync(m),x=t.bufferSync(h),b=Dd(x,g,A);return t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),t.makeTensorInfo(f.outputShape,b.dtype,b.values)}var $h={kernelName:Rr,backendName:"cpu",kernelFunc:zv};function Wv(o){let{inputs:e,backend:t}=o,{input:n}=e,r=C.sizeFromShape(n.shape),s=n.shape[n.shape.length-1],a=r/s,i=se({inputs:{x:n},backend:t,attrs:{shape:[a,s]}}),c=za(i,!0,t),u=se({inputs:{x:c},backend:t,attrs:{shape:n.shape}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(c),u}var Rh={kernelName:Tr,backendName:"cpu",kernelFunc:Wv};var Gv=ee(Wo,o=>Number.isFinite(o)?1:0,"bool"),Nh={kernelName:Wo,backendName:"cpu",kernelFunc:Gv};var Hv=ee(Go,o=>Math.abs(o)===1/0?1:0,"bool"),Th={kernelName:Go,backendName:"cpu",kernelFunc:Hv};var qv=ee(Ho,o=>Number.isNaN(o)?1:0,"bool"),Dh={kernelName:Ho,backendName:"cpu",kernelFunc:qv};function Kv(o){let{backend:e,attrs:t}=o,{start:n,stop:r,num:s}=t,a=Ld(n,r,s);return e.makeTensorInfo([a.length],"float32",a)}var Bh={kernelName:Fr,backendName:"cpu",kernelFunc:Kv};var Xv=ee(qo,o=>Math.log1p(o)),Fh={kernelName:qo,backendName:"cpu",kernelFunc:Xv};var jv=ze((o,e)=>o&&e),Yv=rt(Ko,jv,null,"bool"),Ph={kernelName:Ko,backendName:"cpu",kernelFunc:Yv};var Jv=ee(Xo,o=>o?0:1,"bool"),Oh={kernelName:Xo,backendName:"cpu",kernelFunc:Jv};var Zv=ze((o,e)=>o||e),e1=rt(jo,Zv,null,"bool"),Lh={kernelName:jo,backendName:"cpu",kernelFunc:e1};function t1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{depthRadius:s,bias:a,alpha:i,beta:c}=n;L(r,"LRN");let u=r.shape[3],l=u-1,p=t.data.get(r.dataId).values,d=C.sizeFromShape(r.shape),f=new Float32Array(d);function h(m){let A=m%u,g=m-A+Math.max(0,A-s),x=m-A+Math.min(A+s,l),b=0;for(;g<=x;g++){let y=p[g];b+=y*y}return b}for(let m=0;m<d;m++){let A=h(m),g=p[m]*Math.pow(a+i*A,-c);f[m]=g}return t.makeTensorInfo(r.shape,r.dtype,f)}var Mh={kernelName:"LRN",backendName:"cpu",kernelFunc:t1};function o1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,y:s,dy:a}=e,{depthRadius:i,bias:c,alpha:u,beta:l}=n;L(a,"LRNGrad");let p=C.sizeFromShape(a.shape),d=a.shape[3],f=t.data.get(a.dataId).values,h=t.data.get(r.dataId).values,m=t.data.get(s.dataId).values,A=new Float32Array(p),g=p;for(let x=0;x<g;x++){let b=x%d,y=x-b+Math.max(0,b-i),I=x-b+Math.min(d,b+i+1),k=0;for(let E=y;E<I;E++)k+=Math.pow(h[E],2);k=u*k+c;for(let E=y;E<I;E++){let _=-2*u*l*h[E]*m[x]/k;x===E&&(_+=Math.pow(k,-l)),_*=f[x],A[E]+=_}}return t.makeTensorInfo(a.shape,r.dtype,A)}var Qh={kernelName:Or,backendName:"cpu",kernelFunc:o1};function Eu(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{reductionIndices:s,keepDims:a}=n,i=t,c=r.shape,u=c.length,l=C.parseAxisParam(s,c),p=l,d=w.getAxesPermutation(p,u),f=i.data.get(r.dataId).values;if(d!=null){let y=new Array(u);for(let I=0;I<y.length;I++)y[I]=c[d[I]];f=Hd(f,c,r.dtype,d,y),p=w.getInnerMostAxes(p.length,u),c=y}L(r,"max"),w.assertAxesAreInnerMostDims("max",p,u);let[h,m]=w.computeOutAndReduceShapes(c,p),A=C.sizeFromShape(m),g=Qd(f,A,h,r.dtype),x=i.write(g,h,r.dtype),b=h;return a&&(b=w.expandShapeToKeepDim(h,l)),{dataId:x,shape:b,dtype:r.dtype}}var Uh={kernelName:"Max",backendName:"cpu",kernelFunc:Eu};function n1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;L(r,"maxPool");let{filterSize:s,strides:a,pad:i,dimRoundingMode:c}=n,u=1;C.assert(w.eitherStridesOrDilationsAreOne(a,u),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${u}'`);let l=w.computePool2DInfo(r.shape,s,a,u,i,c),p;if(l.filterWidth===1&&l.filterHeight===1&&C.arraysEqual(l.inShape,l.outShape))p=Ge({inputs:{x:r},backend:t});else{let d=t.data.get(r.dataId).values,f=C.computeStrides(r.shape),h=An(d,r.shape,r.dtype,f,l,"max");p=t.makeTensorInfo(l.outShape,r.dtype,h.values)}return p}var Vh={kernelName:Mr,backendName:"cpu",kernelFunc:n1};function r1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{filterSize:s,strides:a,pad:i,dimRoundingMode:c,dataFormat:u}=n;L(r,"maxPool3d");let l=w.computePool3DInfo(r.shape,s,a,1,i,c,u),p=t.data.get(r.dataId).values,d=Va(p,r.shape,r.dtype,C.computeStrides(r.shape),l,"max");return t.makeTensorInfo(d.shape,"float32",d.values)}var zh={kernelName:Ur,backendName:"cpu",kernelFunc:r1};function s1(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,{filterSize:a,strides:i,pad:c,dimRoundingMode:u}=n;L([r,s],"maxPool3DGrad");let l=w.computePool3DInfo(s.shape,a,i,1,c,u),p=t.bufferSync(s),d=Lf(p,l),f=l.strideDepth,h=l.strideHeight,m=l.strideWidth,A=l.dilationDepth,g=l.dilationHeight,x=l.dilationWidth,b=l.effectiveFilterDepth,y=l.effectiveFilterHeight,I=l.effectiveFilterWidth,k=b-1-l.padInfo.front,E=I-1-l.padInfo.left,_=y-1-l.padInfo.top,S=ae(s.shape,"float32"),v=t.bufferSync(r);for(let T=0;T<l.batchSize;++T)for(let N=0;N<l.inChannels;++N)for(let D=0;D<l.inDepth;++D)for(let P=0;P<l.inHeight;++P)for(let B=0;B<l.inWidth;++B){let O=D-k,M=P-_,$=B-E,F=0;for(let Q=0;Q<b;Q+=A){let V=(O+Q)/f;if(!(V<0||V>=l.outDepth||Math.floor(V)!==V))for(let W=0;W<y;W+=g){let z=(M+W)/h;if(!(z<0||z>=l.outHeight||Math.floor(z)!==z))for(let H=0;H<I;H+=x){let G=($+H)/m;if(G<0||G>=l.outWidth||Math.floor(G)!==G)continue;let q=b*y*I-1-d.get(T,V,z,G,N),j=Q*y*I+W*I+H,X=q===j?1:0;if(X===0)continue;let Z=v.get(T,V,z,G,N);F+=Z*X}}}S.set(F,T,D,P,B,N)}return t.makeTensorInfo(S.shape,S.dtype,S.values)}var Wh={kernelName:Vr,backendName:"cpu",kernelFunc:s1};function a1(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s,output:a}=e,i=s;L([s,a],"maxPoolGrad");let{filterSize:c,strides:u,pad:l,dimRoundingMode:p}=n,d=w.computePool2DInfo(i.shape,c,u,1,l,p),f=t.data.get(i.dataId).values,h=ae(d.outShape,i.dtype,Ua(f,i.shape,i.dtype,d).values),m=d.strideHeight,A=d.strideWidth,g=d.dilationHeight,x=d.dilationWidth,b=d.effectiveFilterHeight,y=d.effectiveFilterWidth,I=y-1-d.padInfo.left,k=b-1-d.padInfo.top,E=ae(i.shape,"float32"),_=t.data.get(r.dataId).values,S=ae(r.shape,"float32",_);for(let v=0;v<d.batchSize;++v)for(let T=0;T<d.inChannels;++T)for(let N=0;N<d.inHeight;++N)for(let D=0;D<d.inWidth;++D){let P=N-k,B=D-I,O=0;for(let M=0;M<b;M+=g){let $=(P+M)/m;if(!($<0||$>=d.outHeight||Math.floor($)!==$))for(let F=0;F<y;F+=x){let Q=(B+F)/A;if(Q<0||Q>=d.outWidth||Math.floor(Q)!==Q)continue;let V=b*y-1-h.get(v,$,Q,T),W=M*y+F,z=V===W?1:0;if(z===0)continue;let H=S.get(v,$,Q,T);O+=H*z}}E.set(O,v,N,D,T)}return t.makeTensorInfo(E.shape,E.dtype,E.values)}var Gh={kernelName:Qr,backendName:"cpu",kernelFunc:a1};function Hh(o,e,t,n,r){let s=C.computeStrides(e),a=An(o,e,t,s,r,"max"),i=Ua(o,e,t,r,!0,n);return[a.values,i.values]}var qh={kernelName:zr,backendName:"cpu",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{x:n}=o,{filterSize:r,strides:s,pad:a,includeBatchInIndex:i}=e,c=t;L(n,"MaxPoolWithArgmax");let u=c.data.get(n.dataId).values,l=w.computePool2DInfo(n.shape,r,s,[1,1],a),[p,d]=Hh(u,n.shape,n.dtype,i,l),f=c.write(p,l.outShape,n.dtype),h=c.write(d,l.outShape,n.dtype);return[{dataId:f,shape:l.outShape,dtype:n.dtype},{dataId:h,shape:l.outShape,dtype:"int32"}]}};function i1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=C.parseAxisParam(s,r.shape),u=w.computeOutAndReduceShapes(r.shape,i)[1],l=C.sizeFromShape(u),p=[],d=t.makeTensorInfo([],"float32",new Float32Array([l]));p.push(d);let f=mn({inputs:{x:r},backend:t,attrs:{dtype:"float32"}});p.push(f);let h=Ks({inputs:{a:f,b:d},backend:t});p.push(h);let m=Rt({inputs:{x:h},backend:t,attrs:{axis:s,keepDims:a}});return p.forEach(A=>t.disposeIntermediateTensorInfo(A)),m}var Kh={kernelName:Wr,backendName:"cpu",kernelFunc:i1};function c1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;L(r,"min");let i=C.parseAxisParam(s,r.shape),c=i,u=w.getAxesPermutation(c,r.shape.length),l=r;u!=null&&(l=ke({inputs:{x:r},backend:t,attrs:{perm:u}}),c=w.getInnerMostAxes(c.length,r.shape.length)),w.assertAxesAreInnerMostDims("min",c,l.shape.length);let[p,d]=w.computeOutAndReduceShapes(l.shape,c),f=C.sizeFromShape(d),h=C.makeZerosTypedArray(C.sizeFromShape(p),l.dtype),m=t.data.get(l.dataId).values;for(let g=0;g<h.length;++g){let x=g*f,b=m[x];for(let y=0;y<f;++y){let I=m[x+y];(Number.isNaN(I)||I<b)&&(b=I)}h[g]=b}u!=null&&t.disposeIntermediateTensorInfo(l);let A=t.makeTensorInfo(p,l.dtype,h);if(a){let g=w.expandShapeToKeepDim(p,i),x=se({inputs:{x:A},backend:t,attrs:{shape:g}});return t.disposeIntermediateTensorInfo(A),x}return A}var Xh={kernelName:"Min",backendName:"cpu",kernelFunc:c1};function l1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{paddings:s,mode:a}=n;L(r,"mirrorPad");let i=s.map((b,y)=>b[0]+r.shape[y]+b[1]),c=s.map(b=>b[0]),u=s.map((b,y)=>b[0]+r.shape[y]),l=a==="reflect"?0:1,p=t.data.get(r.dataId).values,d=r.shape.length,f=C.computeStrides(r.shape),h=C.sizeFromShape(i),m=i.length,A=C.computeStrides(i),g=C.getTypedArrayFromDType(r.dtype,h);for(let b=0;b<h;b++){let y=C.indexToLoc(b,m,A);for(let k=0;k<m;k++)y[k]<c[k]?y[k]=c[k]*2-y[k]-l:y[k]>=u[k]&&(y[k]=(u[k]-1)*2-y[k]+l);y=y.map((k,E)=>k-c[E]);let I=C.locToIndex(y,d,f);g[b]=p[I]}return{dataId:t.write(g,i,r.dtype),shape:i,dtype:r.dtype}}var jh={kernelName:Hr,backendName:"cpu",kernelFunc:l1};var u1=ze(((o,e)=>{let t=o%e;return o<0&&e<0||o>=0&&e>=0?t:(t+e)%e})),p1=rt("Mod",u1),Yh={kernelName:"Mod",backendName:"cpu",kernelFunc:p1};var Zh=fd(dE());function _u(o){let{inputs:e,backend:t,attrs:n}=o,{logits:r}=e,{dim:s}=n,a=r.shape.length,i=s;if(i===-1&&(i=a-1),i!==a-1)throw Error(`Softmax along a non-last dimension is not yet supported. Logits was rank ${a} and dim was ${i}`);let c=C.parseAxisParam([i],r.shape),u=Eu({inputs:{x:r},backend:t,attrs:{reductionIndices:c,keepDims:!1}}),l=w.expandShapeToKeepDim(u.shape,c),p=se({inputs:{x:u},backend:t,attrs:{shape:l}}),d=Qa({inputs:{a:r,b:p},backend:t}),f=_d({inputs:{x:d},backend:t}),h=Rt({inputs:{x:f},backend:t,attrs:{axis:c,keepDims:!1}}),m=se({inputs:{x:h},backend:t,attrs:{shape:l}}),A=Ks({inputs:{a:f,b:m},backend:t});return t.disposeIntermediateTensorInfo(u),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),A}var Jh={kernelName:Cs,backendName:"cpu",kernelFunc:_u};function d1(o){let{inputs:e,backend:t,attrs:n}=o,{logits:r}=e,{numSamples:s,seed:a,normalized:i}=n;L(r,"multinomial");let c=i?r:_u({inputs:{logits:r},backend:t,attrs:{dim:-1}}),u=c.shape[0],l=c.shape[1],p=t.data.get(c.dataId).values,d=[u,s],f=C.makeZerosTypedArray(C.sizeFromShape(d),"int32");for(let h=0;h<u;++h){let m=h*l,A=new Float32Array(l-1);A[0]=p[m];for(let b=1;b<A.length;++b)A[b]=A[b-1]+p[m+b];let g=Zh.alea(a.toString()),x=h*s;for(let b=0;b<s;++b){let y=g();f[x+b]=A.length;for(let I=0;I<A.length;I++)if(y<A[I]){f[x+b]=I;break}}}return i||t.disposeIntermediateTensorInfo(c),t.makeTensorInfo(d,"int32",f)}var em={kernelName:qr,backendName:"cpu",kernelFunc:d1};var f1=Be.nonMaxSuppressionV3Impl;function h1(o){let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c}=n;L(r,"NonMaxSuppression");let u=t.data.get(r.dataId).values,l=t.data.get(s.dataId).values,{selectedIndices:p}=f1(u,l,a,i,c);return t.makeTensorInfo([p.length],"int32",new Int32Array(p))}var tm={kernelName:Kr,backendName:"cpu",kernelFunc:h1};var m1=Be.nonMaxSuppressionV4Impl;function g1(o){let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c,padToMaxOutputSize:u}=n;L(r,"NonMaxSuppressionPadded");let l=t.data.get(r.dataId).values,p=t.data.get(s.dataId).values,{selectedIndices:d,validOutputs:f}=m1(l,p,a,i,c,u);return[t.makeTensorInfo([d.length],"int32",new Int32Array(d)),t.makeTensorInfo([],"int32",new Int32Array([f]))]}var om={kernelName:Xr,backendName:"cpu",kernelFunc:g1};var A1=Be.nonMaxSuppressionV5Impl;function x1(o){let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c,softNmsSigma:u}=n;L(r,"NonMaxSuppressionWithScore");let l=t.data.get(r.dataId).values,p=t.data.get(s.dataId).values,d=a,f=i,h=c,m=u,{selectedIndices:A,selectedScores:g}=A1(l,p,d,f,h,m);return[t.makeTensorInfo([A.length],"int32",new Int32Array(A)),t.makeTensorInfo([g.length],"float32",new Float32Array(g))]}var nm={kernelName:jr,backendName:"cpu",kernelFunc:x1};function C1(o){let{inputs:e,backend:t,attrs:n}=o,{indices:r}=e,{dtype:s,depth:a,onValue:i,offValue:c}=n;L(r,"oneHot");let u=C.sizeFromShape(r.shape),l=new Float32Array(u*a);l.fill(c);let p=t.data.get(r.dataId).values;for(let d=0;d<u;++d)p[d]>=0&&p[d]<a&&(l[d*a+p[d]]=i);return t.makeTensorInfo([...r.shape,a],s,l)}var rm={kernelName:Jr,backendName:"cpu",kernelFunc:C1};function Ys(o){let{inputs:e,backend:t}=o,{x:n}=e;if(n.dtype==="string")throw new Error("zerosLike is not supported for string tensors");if(n.dtype==="complex64"){let r=_t({inputs:{input:n},backend:t}),s=Ys({inputs:{x:r},backend:t}),a=xt({inputs:{input:n},backend:t}),i=Ys({inputs:{x:a},backend:t}),c=We({inputs:{real:s,imag:i},backend:t});return t.disposeIntermediateTensorInfo(r),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(i),c}else return js({backend:t,attrs:{shape:n.shape,value:0,dtype:n.dtype}})}var sm={kernelName:Ps,backendName:"cpu",kernelFunc:Ys};function am(o){let{inputs:e,backend:t}=o,{x:n}=e;if(n.dtype==="string")throw new Error("onesLike is not supported for string tensors");if(n.dtype==="complex64"){let r=_t({inputs:{input:n},backend:t}),s=am({inputs:{x:r},backend:t}),a=xt({inputs:{input:n},backend:t}),i=Ys({inputs:{x:a},backend:t}),c=We({inputs:{real:s,imag:i},backend:t});return t.disposeIntermediateTensorInfo(r),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(i),c}else return js({backend:t,attrs:{shape:n.shape,value:1,dtype:n.dtype}})}var im={kernelName:Yr,backendName:"cpu",kernelFunc:am};function vu(o){let{inputs:e,backend:t,attrs:n}=o,{axis:r}=n;if(e.length===1)return xn({inputs:{input:e[0]},backend:t,attrs:{dim:r}});let s=e[0].shape,a=e[0].dtype;e.forEach(l=>{C.assertShapesMatch(s,l.shape,"All tensors passed to stack must have matching shapes"),C.assert(a===l.dtype,()=>"All tensors passed to stack must have matching dtypes")});let i=[],c=e.map(l=>{let p=xn({inputs:{input:l},backend:t,attrs:{dim:r}});return i.push(p),p}),u=zt({inputs:c,backend:t,attrs:{axis:r}});return i.forEach(l=>t.disposeIntermediateTensorInfo(l)),u}var cm={kernelName:Zr,backendName:"cpu",kernelFunc:vu};function b1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{paddings:s,constantValue:a}=n;L(r,"pad");let i=s.map((x,b)=>x[0]+r.shape[b]+x[1]),c=s.map(x=>x[0]),u=t.data.get(r.dataId).values,l=C.sizeFromShape(r.shape),p=r.shape.length,d=C.computeStrides(r.shape),f=C.sizeFromShape(i),h=i.length,m=C.computeStrides(i),A=C.getTypedArrayFromDType(r.dtype,f);a!==0&&A.fill(a);for(let x=0;x<l;x++){let y=C.indexToLoc(x,p,d).map((k,E)=>k+c[E]),I=C.locToIndex(y,h,m);A[I]=u[x]}return{dataId:t.write(A,i,r.dtype),shape:i,dtype:r.dtype}}var Wa={kernelName:es,backendName:"cpu",kernelFunc:b1};var y1=ze((o,e)=>Math.pow(o,e)),w1=rt("Pow",y1),lm={kernelName:"Pow",backendName:"cpu",kernelFunc:w1};function I1(o){let{inputs:e,backend:t,attrs:n}=o,{paramsNestedSplits:r,paramsDenseValues:s,indices:a}=e,{outputRaggedRank:i}=n,c=r.map(g=>t.data.get(g.dataId).values),u=r.map(g=>g.shape),l=t.data.get(s.dataId).values,p=t.data.get(a.dataId).values,[d,f,h]=Xd(c,u,l,s.shape,s.dtype,p,a.shape,i),m=d.map(g=>t.makeTensorInfo([g.length],"int32",g)),A=t.makeTensorInfo(h,s.dtype,f);return m.concat([A])}var um={kernelName:os,backendName:"cpu",kernelFunc:I1};function k1(o){let{inputs:e,backend:t}=o,{starts:n,limits:r,deltas:s}=e,a=t.data.get(n.dataId).values,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,[u,l]=jd(a,n.shape,n.dtype,i,r.shape,c,s.shape),p=t.makeTensorInfo([u.length],"int32",u),d=t.makeTensorInfo([l.length],n.dtype,l);return[p,d]}var pm={kernelName:ns,backendName:"cpu",kernelFunc:k1};function S1(o){let{inputs:e,backend:t,attrs:n}=o,{shape:r,values:s,defaultValue:a,rowPartitionTensors:i}=e,{rowPartitionTypes:c}=n,u=t.data.get(r.dataId).values,l=t.data.get(s.dataId).values,p=t.data.get(a.dataId).values,d=i.map(A=>t.data.get(A.dataId).values),f=i.map(A=>A.shape),[h,m]=Yd(u,r.shape,l,s.shape,s.dtype,p,a.shape,d,f,c);return t.makeTensorInfo(h,s.dtype,m)}var dm={kernelName:rs,backendName:"cpu",kernelFunc:S1};function E1(o){let{backend:e,attrs:t}=o,{start:n,stop:r,dtype:s,step:a}=t,i=Jd(n,r,a,s);return e.makeTensorInfo([i.length],s,i)}var fm={kernelName:ss,backendName:"cpu",kernelFunc:E1};var _1=ee(Zo,o=>1/o),hm={kernelName:Zo,backendName:"cpu",kernelFunc:_1};function v1(o){let{inputs:e,backend:t,attrs:n}=o,{images:r}=e,{alignCorners:s,halfPixelCenters:a,size:i}=n;L(r,"resizeBilinear");let c=C.computeStrides(r.shape),[u,l]=i,[p,d,f,h]=r.shape,m=t.data.get(r.dataId).values,A=new Float32Array(C.sizeFromShape([p,u,l,h])),g=[s&&u>1?d-1:d,s&&l>1?f-1:f],x=[s&&u>1?u-1:u,s&&l>1?l-1:l],b=0,y=g[0]/x[0],I=g[1]/x[1];for(let k=0;k<p;k++)for(let E=0;E<u;E++){let _;a?_=y*(E+.5)-.5:_=y*E;let S=Math.max(0,Math.floor(_)),v=_-S,T=Math.min(d-1,Math.ceil(_)),N=k*c[0]+S*c[1],D=k*c[0]+T*c[1];for(let P=0;P<l;P++){let B;a?B=I*(P+.5)-.5:B=I*P;let O=Math.max(0,Math.floor(B)),M=B-O,$=Math.min(f-1,Math.ceil(B)),F=N+O*c[2],Q=D+O*c[2],V=N+$*c[2],W=D+$*c[2];for(let z=0;z<h;z++){let H=m[F+z],G=m[Q+z],q=m[V+z],j=m[W+z],X=H+(q-H)*M,Z=G+(j-G)*M,re=X+(Z-X)*v;A[b++]=re}}}return t.makeTensorInfo([p,u,l,h],"float32",A)}var mm={kernelName:ls,backendName:"cpu",kernelFunc:v1};function $1(o){let{inputs:e,backend:t,attrs:n}=o,{images:r,dy:s}=e,{alignCorners:a}=n;L([s,r],"resizeBilinearGrad");let i=C.computeStrides(r.shape),[c,u,l,p]=r.shape,[,d,f]=s.shape,h=new Float32Array(c*u*l*p),m=[a&&d>1?u-1:u,a&&f>1?l-1:l],A=[a&&d>1?d-1:d,a&&f>1?f-1:f],g=m[0]/A[0],x=m[1]/A[1],b=t.data.get(s.dataId).values,y=0;for(let I=0;I<c;I++){let k=I*i[0];for(let E=0;E<d;E++){let _=E*g,S=Math.floor(_),v=Math.min(Math.ceil(_),u-1),T=k+S*i[1],N=k+v*i[1],D=_-S,P=1-D;for(let B=0;B<f;B++){let O=B*x,M=Math.floor(O),$=Math.min(Math.ceil(O),l-1),F=O-M,Q=1-F,V=T+M*i[2],W=T+$*i[2],z=N+M*i[2],H=N+$*i[2],G=P*Q,q=P*F,j=D*Q,X=D*F;for(let Z=0;Z<p;Z++){let re=b[y++];h[V+Z]+=re*G,h[W+Z]+=re*q,h[z+Z]+=re*j,h[H+Z]+=re*X}}}}return t.makeTensorInfo([c,l,u,p],"float32",h)}var gm={kernelName:us,backendName:"cpu",kernelFunc:$1};function R1(o){let{inputs:e,backend:t,attrs:n}=o,{images:r}=e,{alignCorners:s,halfPixelCenters:a,size:i}=n;L(r,"resizeNearestNeighbor");let c=C.computeStrides(r.shape),[u,l]=i,[p,d,f,h]=r.shape,m=t.data.get(r.dataId).values,A=new Float32Array(p*u*l*h),g=[s&&u>1?d-1:d,s&&l>1?f-1:f],x=[s&&u>1?u-1:u,s&&l>1?l-1:l],b=g[0]/x[0],y=g[1]/x[1],I=0;for(let k=0;k<p;k++){let E=k*c[0];for(let _=0;_<u;_++){let S=a?b*(_+.5):b*_,v=Math.min(d-1,s?Math.round(S):Math.floor(S));a&&(v=Math.max(0,v));let T=E+v*c[1];for(let N=0;N<l;N++){let D=a?y*(N+.5):y*N,P=Math.min(f-1,s?Math.round(D):Math.floor(D));a&&(P=Math.max(0,P));let B=T+P*c[2];for(let O=0;O<h;O++){let M=m[B+O];A[I++]=M}}}}return t.makeTensorInfo([p,u,l,h],r.dtype,A)}var Am={kernelName:is,backendName:"cpu",kernelFunc:R1};function N1(o){let{inputs:e,backend:t,attrs:n}=o,{images:r,dy:s}=e,{alignCorners:a}=n;L([s,r],"resizeNearestNeighborGrad");let i=C.computeStrides(r.shape),c=C.computeStrides(s.shape),[u,l,p,d]=r.shape,[,f,h]=s.shape,m=new Float32Array(u*l*p*d),A=t.data.get(s.dataId).values,g=[a&&f>1?l-1:l,a&&h>1?p-1:p],x=[a&&f>1?f-1:f,a&&h>1?h-1:h],b=g[0]/x[0],y=g[1]/x[1],I=1/b,k=1/y,E=Math.ceil(I)*2+2,_=Math.ceil(k)*2+2;for(let S=0;S<u;S++){let v=S*i[0];for(let T=0;T<l;T++){let N=v+T*i[1],D=Math.floor(T*I),P=Math.floor(D-E/2);for(let B=0;B<p;B++){let O=N+B*i[2],M=Math.floor(B*k),$=Math.floor(M-_/2);for(let F=0;F<d;F++){let Q=0;for(let V=0;V<E;V++){let W=V+P;if(W<0||W>=f)continue;let z=v+W*c[1],H=W*b,G=Math.min(l-1,a?Math.round(H):Math.floor(H));if(T===G)for(let q=0;q<_;q++){let j=q+$;if(j<0||j>=h)continue;let X=z+j*c[2],Z=j*y,re=Math.min(p-1,a?Math.round(Z):Math.floor(Z));B===re&&(Q+=A[X+F])}}m[O+F]=Q}}}}return t.makeTensorInfo(r.shape,r.dtype,m)}var xm={kernelName:cs,backendName:"cpu",kernelFunc:N1};function T1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{dims:s}=n;L(r,"reverse");let a=r.shape.length,i=C.parseAxisParam(s,r.shape);if(a===0)return Ge({inputs:{x:r},backend:t});let c=new be(r.shape,r.dtype),u=t.bufferSync(r);for(let l=0;l<c.size;l++){let p=c.indexToLoc(l),d=p.slice();i.forEach(f=>d[f]=r.shape[f]-1-d[f]),c.set(u.get(...d),...p)}return t.makeTensorInfo(c.shape,c.dtype,c.values)}var Cm={kernelName:ps,backendName:"cpu",kernelFunc:T1};var bm={kernelName:Os,backendName:"cpu",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{image:n}=o,{radians:r,fillValue:s,center:a}=e,i=t,c=C.getTypedArrayFromDType(n.dtype,C.sizeFromShape(n.shape)),[u,l,p,d]=n.shape,[f,h]=w.getImageCenter(a,l,p),m=255,A=Math.sin(r),g=Math.cos(r),x=i.data.get(n.dataId).values;for(let y=0;y<u;y++){let I=y*p*l*d;for(let k=0;k<l;k++){let E=k*(p*d);for(let _=0;_<p;_++){let S=_*d;for(let v=0;v<d;v++){let T=[u,k,_,v],N=T[2],D=T[1],P=(N-f)*g-(D-h)*A,B=(N-f)*A+(D-h)*g;P=Math.round(P+f),B=Math.round(B+h);let O=s;if(typeof s!="number"&&(v===3?O=m:O=s[v]),P>=0&&P<p&&B>=0&&B<l){let $=B*(p*d),F=P*d,Q=I+$+F+v;O=x[Q]}let M=I+E+S+v;c[M]=O}}}}return{dataId:i.write(c,n.shape,n.dtype),shape:n.shape,dtype:n.dtype}}};var D1=ee(on,o=>{let e=Math.floor(o);return o-e<.5?Math.floor(o):o-e>.5?Math.ceil(o):e%2===0?e:e+1}),ym={kernelName:on,backendName:"cpu",kernelFunc:D1};function B1(o){let{inputs:e,backend:t,attrs:n}=o,{indices:r,updates:s}=e,{shape:a}=n,{sliceRank:i,numUpdates:c,sliceSize:u,strides:l,outputSize:p}=w.calculateShapes(s,r,a),d=!0,f=t.bufferSync(r),h=t.bufferSync(s),m=$t(f,h,a,p,u,c,i,l,0,d);return t.makeTensorInfo(a,m.dtype,m.values)}var wm={kernelName:ds,backendName:"cpu",kernelFunc:B1};function F1(o,e){let t=0,n=o.length,r=0;for(;t<n;)r=Math.floor((t+n)/2),o[r]<e?t=r+1:n=r;return n}function P1(o,e){let t=0,n=o.length,r=0;for(;t<n;)r=Math.floor((t+n)/2),o[r]<=e?t=r+1:n=r;return n}function Im(o,e,t,n,r,s){let a=C.getArrayFromDType("int32",t*r);for(let i=0;i<t;++i){let c=o.slice(i*n,(i+1)*n),u=i*r;for(let l=0;l<r;++l)a[u+l]=s==="left"?F1(c,e[l+u]):P1(c,e[l+u])}return a}function O1(o){let{inputs:e,backend:t,attrs:n}=o,{sortedSequence:r,values:s}=e,{side:a}=n,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,u=Im(i,c,r.shape[0],r.shape[1],s.shape[1],a);return t.makeTensorInfo(s.shape,"int32",u)}var km={kernelName:hs,backendName:"cpu",kernelFunc:O1};function L1(o){let{inputs:e,backend:t}=o,{condition:n,t:r,e:s}=e;L([n,r,s],"select");let a=n.shape.length,i=t.data.get(n.dataId).values,c=t.data.get(r.dataId).values,u=t.data.get(s.dataId).values,l=Pe(r.dtype,s.dtype),p=C.makeZerosTypedArray(C.sizeFromShape(r.shape),l),d=0,f=a===0||a>1||r.shape.length===1?1:C.sizeFromShape(r.shape.slice(1));for(let h=0;h<i.length;h++)for(let m=0;m<f;m++)i[h]===1?p[d++]=c[h]:p[d++]=u[h];return t.makeTensorInfo(r.shape,l,p)}var Sm={kernelName:ms,backendName:"cpu",kernelFunc:L1};var M1=w.SELU_SCALEALPHA,Q1=w.SELU_SCALE,U1=ee(nn,o=>o>=0?Q1*o:M1*(Math.exp(o)-1)),Em={kernelName:nn,backendName:"cpu",kernelFunc:U1};var V1=ee(an,o=>o<0?-1:o>0?1:0),_m={kernelName:an,backendName:"cpu",kernelFunc:V1};var z1=ee("Sin",o=>Math.sin(o)),vm={kernelName:"Sin",backendName:"cpu",kernelFunc:z1};var W1=ee(sn,o=>Math.sinh(o)),$m={kernelName:sn,backendName:"cpu",kernelFunc:W1};var G1=11920928955078125e-23,Rm=Math.log(G1)+2,H1=ee(cn,o=>{let e=o>-Rm,t=o<Rm,n=Math.exp(o),r;return t?r=n:e?r=o:r=Math.log(1+n),r}),Nm={kernelName:cn,backendName:"cpu",kernelFunc:H1};function q1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockShape:s,paddings:a}=n;L([r],"spaceToBatchND");let i=C.sizeFromShape(s),c=[[0,0]];c.push(...a);for(let k=1+s.length;k<r.shape.length;++k)c.push([0,0]);let u=Wa.kernelFunc({inputs:{x:r},backend:t,attrs:{paddings:c,constantValue:0}}),l=w.getReshaped(u.shape,s,i,!1),p=w.getPermuted(l.length,s.length,!1),d=w.getReshapedPermuted(u.shape,s,i,!1),m=se({inputs:{x:u},backend:t,attrs:{shape:l}}),x=ke({inputs:{x:m},backend:t,attrs:{perm:p}}),I=se({inputs:{x},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(u),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(x),I}var Tm={kernelName:As,backendName:"cpu",kernelFunc:q1};function K1(o){let{inputs:e,backend:t}=o,{indices:n,values:r,denseShape:s,defaultValue:a}=e;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
        ${s.shape}`);if(n.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
        ${n.shape}`);if(r.shape.length!==1)throw new Error(`Values must be a vector, saw:
        ${r.shape}`);if(a.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${a.shape}`);let i=t.data.get(n.dataId).values,c=t.data.get(r.dataId).values,u=t.data.get(s.dataId).values,l=t.data.get(a.dataId).values[0],[p,d,f,h,m]=nf(i,n.shape,n.dtype,c,r.dtype,u,l);return[t.makeTensorInfo(d,n.dtype,p),t.makeTensorInfo([d[0]],r.dtype,f),t.makeTensorInfo([h.length],"bool",new Uint8Array(h.map(A=>Number(A)))),t.makeTensorInfo([m.length],n.dtype,new Int32Array(m))]}var Dm={kernelName:bs,backendName:"cpu",kernelFunc:K1};function X1(o){let{inputs:e,backend:t}=o,{inputIndices:n,inputShape:r,newShape:s}=e;if(n.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape
        ${n.shape}`);if(r.shape.length!==1)throw new Error(`Input shape should be a vector but received shape
        ${r.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=Array.from(t.data.get(r.dataId).values),i=t.data.get(n.dataId).values,c=Array.from(t.data.get(s.dataId).values),[u,l,p]=rf(i,n.shape,n.dtype,a,c);return[t.makeTensorInfo(l,n.dtype,u),t.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var Bm={kernelName:ys,backendName:"cpu",kernelFunc:X1};function j1(o){let{inputs:e,backend:t}=o,{data:n,indices:r,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
          ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
          ${s.shape}`);if(r.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let a=t.data.get(n.dataId).values,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,[u,l]=Ma(a,n.shape,n.dtype,i,c,!0);return t.makeTensorInfo(l,n.dtype,u)}var Fm={kernelName:ws,backendName:"cpu",kernelFunc:j1};function Y1(o){let{inputs:e,backend:t}=o,{data:n,indices:r,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
         ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
         ${s.shape}`);if(r.shape[0]!==s.shape[0])throw new Error("segmentIds and indices should have same size.");let a=t.data.get(n.dataId).values,i=t.data.get(r.dataId).values,c=t.data.get(s.dataId).values,[u,l]=Ma(a,n.shape,n.dtype,i,c);return t.makeTensorInfo(l,n.dtype,u)}var Pm={kernelName:Is,backendName:"cpu",kernelFunc:Y1};function J1(o){let{inputs:e,backend:t,attrs:n}=o,{sparseIndices:r,sparseValues:s,defaultValue:a}=e,{outputShape:i}=n,{sliceRank:c,numUpdates:u,sliceSize:l,strides:p,outputSize:d}=w.calculateShapes(s,r,i),f=!1,h=t.bufferSync(r),m;switch(s.dtype){case"bool":{let A=t.bufferSync(s),g=!!t.data.get(a.dataId).values[0];m=$t(h,A,i,d,l,u,c,p,g,f);break}case"float32":{let A=t.bufferSync(s),g=t.data.get(a.dataId).values[0];m=$t(h,A,i,d,l,u,c,p,g,f);break}case"int32":{let A=t.bufferSync(s),g=t.data.get(a.dataId).values[0];m=$t(h,A,i,d,l,u,c,p,g,f);break}case"string":{let A=t.bufferSync(s),g=C.decodeString(t.data.get(a.dataId).values[0]);m=$t(h,A,i,d,l,u,c,p,g,f);break}default:throw new Error(`Unsupported type ${s.dtype}`)}return t.makeTensorInfo(i,m.dtype,m.values)}var Om={kernelName:ks,backendName:"cpu",kernelFunc:J1};function Z1(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{numOrSizeSplits:s,axis:a}=n,i=C.parseAxisParam(a,r.shape)[0],c=w.prepareSplitSize(r,s,i),u=new Array(r.shape.length).fill(0),l=r.shape.slice();return c.map(p=>{let d=[...l];d[i]=p;let f=pt({inputs:{x:r},backend:t,attrs:{begin:u,size:d}});return u[i]+=p,f})}var Lm={kernelName:xs,backendName:"cpu",kernelFunc:Z1};var Mm={kernelName:Ss,backendName:"cpu",kernelFunc:({inputs:o,backend:e})=>{let{x:t}=o,n=e;L(t,"square");let r=n.data.get(t.dataId).values,s=new Float32Array(r.length);for(let i=0;i<r.length;++i){let c=r[i];s[i]=c*c}return{dataId:n.write(s,t.shape,t.dtype),shape:t.shape,dtype:t.dtype}}};var e2=ee(pn,(o,e)=>{let t=e;return isNaN(o)?NaN:o>0?1:t.alpha}),Qm={kernelName:pn,backendName:"cpu",kernelFunc:e2};function t2(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{begin:s,end:a,strides:i,beginMask:c,endMask:u,ellipsisMask:l,newAxisMask:p,shrinkAxisMask:d}=n;L(r,"stridedSlice");let{finalShapeSparse:f,finalShape:h,isIdentity:m,sliceDim0:A,isSimpleSlice:g,begin:x,end:b,strides:y}=nt.sliceInfo(r.shape,s,a,i,c,u,l,p,d),I;if(m)I=se({inputs:{x:r},backend:t,attrs:{shape:h}});else if(A||g){C.assert(r.shape.length>=1,()=>`Input must have rank at least 1, got: ${r.shape.length}`);let k=nt.computeOutShape(x,b,y),E=pt({inputs:{x:r},backend:t,attrs:{begin:x,size:k}});I=se({inputs:{x:E},backend:t,attrs:{shape:h}}),t.disposeIntermediateTensorInfo(E)}else{let k=t.bufferSync(r),E=lf(f,k,y,x);I=t.makeTensorInfo(h,E.dtype,E.values)}return I}var Um={kernelName:Es,backendName:"cpu",kernelFunc:t2};function o2(o){let{inputs:e,backend:t,attrs:n}=o,{separator:r,nGramWidths:s,leftPad:a,rightPad:i,padWidth:c,preserveShortSequences:u}=n,{data:l,dataSplits:p}=e,d=t.data.get(l.dataId).values,f=t.data.get(p.dataId).values,[h,m]=uf(d,f,r,s,a,i,c,u);return[t.makeTensorInfo([h.length],"string",h),t.makeTensorInfo(p.shape,"int32",m)]}var Vm={kernelName:_s,backendName:"cpu",kernelFunc:o2};function n2(o){let{inputs:e,backend:t,attrs:n}=o,{skipEmpty:r}=n,{input:s,delimiter:a}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(a.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${a.shape}`);let i=t.data.get(s.dataId).values,c=t.data.get(a.dataId).values[0],[u,l,p]=pf(i,c,r),d=l.length;return[t.makeTensorInfo([d,2],"int32",u),t.makeTensorInfo([d],"string",l),t.makeTensorInfo([2],"int32",new Int32Array(p))]}var zm={kernelName:vs,backendName:"cpu",kernelFunc:n2};function r2(o){let{inputs:e,backend:t,attrs:n}=o,{numBuckets:r}=n,{input:s}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(r<=0)throw new Error("Number of buckets must be at least 1");let a=t.data.get(s.dataId).values,i=df(a,r);return t.makeTensorInfo(s.shape,"int32",i)}var Wm={kernelName:$s,backendName:"cpu",kernelFunc:r2};var s2=ee("Tan",o=>Math.tan(o)),Gm={kernelName:"Tan",backendName:"cpu",kernelFunc:s2};var a2=ee(un,o=>Math.tanh(o)),Hm={kernelName:un,backendName:"cpu",kernelFunc:a2};function i2(o){let{inputs:e,backend:t}=o,{tensor:n,indices:r,updates:s}=e,{sliceRank:a,numUpdates:i,sliceSize:c,strides:u,outputSize:l}=w.calculateShapes(s,r,n.shape),p=!1,d=t.bufferSync(r),f=t.bufferSync(s),h=t.bufferSync(n),m=$t(d,f,n.shape,l,c,i,a,u,h,p);return t.makeTensorInfo(n.shape,m.dtype,m.values)}var qm={kernelName:fs,backendName:"cpu",kernelFunc:i2};function c2(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{reps:s}=n;L(r,"tile");let a=hf(t.bufferSync(r),s);return t.makeTensorInfo(a.shape,a.dtype,a.values)}var Km={kernelName:Rs,backendName:"cpu",kernelFunc:c2};function l2(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{k:s,sorted:a}=n;L(r,"topk");let i=t.data.get(r.dataId).values,[c,u]=mf(i,r.shape,r.dtype,s,a);return[t.makeTensorInfo(c.shape,c.dtype,c.values),t.makeTensorInfo(u.shape,u.dtype,u.values)]}var Xm={kernelName:Ns,backendName:"cpu",kernelFunc:l2};function u2(o){let{inputs:e,attrs:t,backend:n}=o,{image:r,transforms:s}=e,{interpolation:a,fillMode:i,fillValue:c,outputShape:u}=t,[l,p,d,f]=r.shape,[h,m]=u??[p,d],A=[l,h,m,f],g=C.computeStrides(r.shape),x=g[0],b=g[1],y=g[2],I=C.computeStrides(A),k=I[0],E=I[1],_=I[2],S=C.getTypedArrayFromDType(r.dtype,C.sizeFromShape(A));S.fill(c);let v=n.data.get(r.dataId).values,T=n.data.get(s.dataId).values;for(let D=0;D<l;++D){let P=s.shape[0]===1?T:T.subarray(D*8,D*8+8);for(let B=0;B<h;++B)for(let O=0;O<m;++O)for(let M=0;M<f;++M){let $,F=P[6]*O+P[7]*B+1;if(F===0)continue;let Q=(P[0]*O+P[1]*B+P[2])/F,V=(P[3]*O+P[4]*B+P[5])/F,W=jm(Q,d,i),z=jm(V,p,i);switch(a){case"nearest":$=m2(v,p,d,x,b,y,D,z,W,M,c);break;case"bilinear":$=g2(v,p,d,x,b,y,D,z,W,M,c);break;default:throw new Error(`Error in Transform: Expect 'nearest' or 'bilinear', but got ${a}`)}let H=D*k+B*E+O*_+M;S[H]=$}return n.makeTensorInfo(A,r.dtype,S)}return{dataId:n.write(S,A,r.dtype),shape:r.shape,dtype:r.dtype}}var Ym={kernelName:Ts,backendName:"cpu",kernelFunc:u2};function jm(o,e,t){switch(t){case"reflect":return p2(o,e);case"wrap":return d2(o,e);case"nearest":return h2(o,e);default:return f2(o,e)}}function p2(o,e){let t=o;if(t<0)if(e<=1)t=0;else{let n=2*e;t<n&&(t=n*Math.trunc(-t/n)+t),t=t<-e?t+n:-t-1}else if(t>e-1)if(e<=1)t=0;else{let n=2*e;t-=n*Math.trunc(t/n),t>=e&&(t=n-t-1)}return C.clamp(0,t,e-1)}function d2(o,e){let t=o;if(t<0)if(e<=1)t=0;else{let n=e-1;t+=e*(Math.trunc(-t/n)+1)}else if(t>e-1)if(e<=1)t=0;else{let n=e-1;t-=e*Math.trunc(t/n)}return C.clamp(0,t,e-1)}function f2(o,e){return o}function h2(o,e){return C.clamp(0,o,e-1)}function Js(o,e,t,n,r,s,a,i,c,u,l){let p=a*n+i*r+c*s+u;return 0<=i&&i<e&&0<=c&&c<t?o[p]:l}function m2(o,e,t,n,r,s,a,i,c,u,l){let p=Math.round(i),d=Math.round(c);return Js(o,e,t,n,r,s,a,p,d,u,l)}function g2(o,e,t,n,r,s,a,i,c,u,l){let p=Math.floor(i),d=Math.floor(c),f=p+1,h=d+1,m=(h-c)*Js(o,e,t,n,r,s,a,p,d,u,l)+(c-d)*Js(o,e,t,n,r,s,a,p,h,u,l),A=(h-c)*Js(o,e,t,n,r,s,a,f,d,u,l)+(c-d)*Js(o,e,t,n,r,s,a,f,h,u,l);return(f-i)*m+(i-p)*A}function A2(o){let{inputs:e,attrs:t,backend:n}=o,{axis:r}=t,{x:s}=e;L(s,"unique");let a=n.data.get(s.dataId).values,{outputValues:i,outputShape:c,indices:u}=gf(a,r,s.shape,s.dtype);return[n.makeTensorInfo(c,s.dtype,i),n.makeTensorInfo([u.length],"int32",u)]}var Jm={kernelName:Ds,backendName:"cpu",kernelFunc:A2};function x2(o){let{inputs:e,backend:t,attrs:n}=o,{value:r}=e,{axis:s}=n;s<0&&(s+=r.shape.length);let a=r.shape.length,i=r.shape[s],c=new Array(a-1),u=0;for(let f=0;f<a;f++)f!==s&&(c[u++]=r.shape[f]);let l=new Array(a).fill(0),p=r.shape.slice();p[s]=1;let d=new Array(i);for(let f=0;f<d.length;f++){l[s]=f;let h=pt({inputs:{x:r},backend:t,attrs:{begin:l,size:p}});d[f]=se({inputs:{x:h},backend:t,attrs:{shape:c}}),t.disposeIntermediateTensorInfo(h)}return d}var Zm={kernelName:Bs,backendName:"cpu",kernelFunc:x2};function C2(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,segmentIds:s}=e,{numSegments:a}=n;L(r,"unsortedSegmentSum");let i=r.shape.length,c=s.shape.length,u=[],l=[],p=i-c,d=s;for(let h=0;h<p;++h){let m=xn({inputs:{input:d},backend:t,attrs:{dim:h+1}});d=m,l.push(m)}for(let h=0;h<a;++h){let m=C.createScalarValue(h,"int32"),A=t.makeTensorInfo([],"int32",m),g=Sd({inputs:{a:A,b:d},backend:t}),x=mn({inputs:{x:g},backend:t,attrs:{dtype:"float32"}}),b=gn({inputs:{a:x,b:r},backend:t}),y=Rt({inputs:{x:b},backend:t,attrs:{axis:0,keepDims:!1}});u.push(y),l.push(A),l.push(g),l.push(x),l.push(b),l.push(y)}let f=vu({inputs:u,backend:t,attrs:{axis:0}});return l.forEach(h=>t.disposeIntermediateTensorInfo(h)),f}var eg={kernelName:Fs,backendName:"cpu",kernelFunc:C2};var b2=[Sf,hd,Ef,_f,bd,vf,$f,Rf,Nf,Tf,Df,Bf,Ff,Pf,Of,Mf,Qf,Uf,Vf,kf,zf,Wf,Gf,wd,Hf,Cd,Id,qf,md,Kf,jf,Yf,Jf,Zf,eh,th,oh,nh,rh,sh,ah,ih,ch,lh,uh,ph,dh,fh,hh,mh,gh,Ah,Ch,xf,bh,Ed,yh,vd,wh,$d,Ih,kh,Sh,Rd,Nd,Eh,_h,vh,$h,Bd,Fd,Ad,Rh,Xf,Nh,Th,Dh,Cf,Pd,Od,Bh,Md,Fh,Ph,Oh,Lh,Mh,Qh,Uh,Ud,Vh,zh,Wh,Gh,qh,Kh,Xh,Vd,jh,Yh,em,zd,Wd,tm,om,nm,Gd,rm,im,cm,Wa,lm,bf,Kd,um,pm,dm,fm,xd,Xs,hm,yf,wf,If,mm,gm,Am,xm,Cm,bm,ym,Zd,wm,km,Sm,Em,tf,_m,vm,$m,of,Jh,Nm,Tm,Dm,Bm,Fm,Pm,Om,Lm,sf,Mm,af,cf,Qm,Um,Vm,zm,Wm,ff,xh,Gm,Hm,qm,Km,Xm,Ym,qd,Jm,Zm,eg,sm];for(let o of b2)Us(o);var lo={},Ga={alpha:!1,antialias:!1,premultipliedAlpha:!1,preserveDrawingBuffer:!1,depth:!1,stencil:!1,failIfMajorPerformanceCaveat:!0};function tg(o,e){lo[o]=e}function He(o,e){if(!(o in lo)||e!=null){let n=w2(o,e);if(n!==null)lo[o]=n;else return console.log("Could not get context for WebGL version",o),null}let t=lo[o];return t==null||t.isContextLost()?(delete lo[o],He(o)):(t.disable(t.DEPTH_TEST),t.disable(t.STENCIL_TEST),t.disable(t.BLEND),t.disable(t.DITHER),t.disable(t.POLYGON_OFFSET_FILL),t.disable(t.SAMPLE_COVERAGE),t.enable(t.SCISSOR_TEST),t.enable(t.CULL_FACE),t.cullFace(t.BACK),lo[o])}function y2(o){if(!R().getBool("IS_SAFARI")&&typeof OffscreenCanvas<"u"&&o===2)return new OffscreenCanvas(300,150);if(typeof document<"u")return document.createElement("canvas");throw new Error("Cannot create a canvas in this context")}function w2(o,e){if(o!==1&&o!==2)throw new Error("Cannot get WebGL rendering context, WebGL is disabled.");let t=e??y2(o);return t.addEventListener("webglcontextlost",n=>{n.preventDefault(),delete lo[o]},!1),R().getBool("SOFTWARE_WEBGL_ENABLED")&&(Ga.failIfMajorPerformanceCaveat=!1),o===1?t.getContext("webgl",Ga)||t.getContext("experimental-webgl",Ga):t.getContext("webgl2",Ga)}var Wt;(function(o){o[o.DENSE=0]="DENSE",o[o.SHARED_BATCH=1]="SHARED_BATCH"})(Wt||(Wt={}));var Te;(function(o){o[o.RENDER=0]="RENDER",o[o.UPLOAD=1]="UPLOAD",o[o.PIXELS=2]="PIXELS",o[o.DOWNLOAD=3]="DOWNLOAD"})(Te||(Te={}));var Re;(function(o){o[o.UNPACKED_FLOAT16=0]="UNPACKED_FLOAT16",o[o.UNPACKED_FLOAT32=1]="UNPACKED_FLOAT32",o[o.PACKED_4X1_UNSIGNED_BYTE=2]="PACKED_4X1_UNSIGNED_BYTE",o[o.PACKED_2X2_FLOAT32=3]="PACKED_2X2_FLOAT32",o[o.PACKED_2X2_FLOAT16=4]="PACKED_2X2_FLOAT16"})(Re||(Re={}));function uo(o,e){return[e,o]}function og(o,e){return o*e}function Zs(o){let e=C.sizeFromShape(o),t=Math.ceil(e/4);return C.sizeToSquarishShape(t)}function Ct(o,e){return[Math.max(1,Math.ceil(e/2)),Math.max(1,Math.ceil(o/2))]}function ng(o,e){let[t,n]=Ct(o,e);return t*n*4}function ea(o,e){let t=o,n,r,s,a,i,c,u,l,p,d;return R().getNumber("WEBGL_VERSION")===2?(n=t.R32F,r=t.R16F,s=t.RGBA16F,a=t.RGBA32F,i=t.RED,u=4,l=1,p=t.HALF_FLOAT,d=t.FLOAT,c=t.RGBA8):(n=o.RGBA,r=o.RGBA,s=o.RGBA,a=t.RGBA,i=o.RGBA,u=4,l=4,p=e!=null?e.HALF_FLOAT_OES:null,d=o.FLOAT,c=o.RGBA),{internalFormatFloat:n,internalFormatHalfFloat:r,internalFormatPackedHalfFloat:s,internalFormatPackedFloat:a,textureFormatFloat:i,downloadTextureFormat:c,downloadUnpackNumChannels:u,defaultNumChannels:l,textureTypeHalfFloat:p,textureTypeFloat:d}}function K(o,e){let t=e();return R().getBool("DEBUG")&&I2(o),t}function I2(o){let e=o.getError();if(e!==o.NO_ERROR)throw new Error("WebGL Error: "+E2(o,e))}var k2=596e-10,S2=65504;function rg(o){return!!(R().getBool("WEBGL_RENDER_FLOAT32_ENABLED")||o===0||k2<Math.abs(o)&&Math.abs(o)<S2)}function E2(o,e){switch(e){case o.NO_ERROR:return"NO_ERROR";case o.INVALID_ENUM:return"INVALID_ENUM";case o.INVALID_VALUE:return"INVALID_VALUE";case o.INVALID_OPERATION:return"INVALID_OPERATION";case o.INVALID_FRAMEBUFFER_OPERATION:return"INVALID_FRAMEBUFFER_OPERATION";case o.OUT_OF_MEMORY:return"OUT_OF_MEMORY";case o.CONTEXT_LOST_WEBGL:return"CONTEXT_LOST_WEBGL";default:return`Unknown error code ${e}`}}function ta(o,e){return Nt(o,()=>o.getExtension(e),'Extension "'+e+'" not supported on this browser.')}function sg(o,e){let t=Nt(o,()=>o.createShader(o.VERTEX_SHADER),"Unable to create vertex WebGLShader.");if(K(o,()=>o.shaderSource(t,e)),K(o,()=>o.compileShader(t)),o.getShaderParameter(t,o.COMPILE_STATUS)===!1)throw console.log(o.getShaderInfoLog(t)),new Error("Failed to compile vertex shader.");return t}function ag(o,e){let t=Nt(o,()=>o.createShader(o.FRAGMENT_SHADER),"Unable to create fragment WebGLShader.");if(K(o,()=>o.shaderSource(t,e)),K(o,()=>o.compileShader(t)),R().get("ENGINE_COMPILE_ONLY"))return t;if(o.getShaderParameter(t,o.COMPILE_STATUS)===!1)throw Du(e,o.getShaderInfoLog(t)),new Error("Failed to compile fragment shader.");return t}var _2=/ERROR: [0-9]+:([0-9]+):/g;function Du(o,e){let t=_2.exec(e);if(t==null){console.log(`Couldn't parse line number in error: ${e}`),console.log(o);return}let n=+t[1],r=o.split(`
`),s=r.length.toString().length+2,a=r.map((p,d)=>C.rightPad((d+1).toString(),s)+p),i=0;for(let p=0;p<a.length;p++)i=Math.max(a[p].length,i);let c=a.slice(0,n-1),u=a.slice(n-1,n),l=a.slice(n);console.log(c.join(`
`)),console.log(e.split(`
`)[0]),console.log(`%c ${C.rightPad(u[0],i)}`,"border:1px solid red; background-color:#e3d2d2; color:#a61717"),console.log(l.join(`
`))}function ig(o){return Nt(o,()=>o.createProgram(),"Unable to create WebGLProgram.")}function cg(o,e){if(K(o,()=>o.linkProgram(e)),!R().get("ENGINE_COMPILE_ONLY")&&o.getProgramParameter(e,o.LINK_STATUS)===!1)throw console.log(o.getProgramInfoLog(e)),new Error("Failed to link vertex and fragment shaders.")}function qa(o,e){if(K(o,()=>o.validateProgram(e)),o.getProgramParameter(e,o.VALIDATE_STATUS)===!1)throw console.log(o.getProgramInfoLog(e)),new Error("Shader program validation failed.")}function lg(o,e){let t=Nt(o,()=>o.createBuffer(),"Unable to create WebGLBuffer");return K(o,()=>o.bindBuffer(o.ARRAY_BUFFER,t)),K(o,()=>o.bufferData(o.ARRAY_BUFFER,e,o.STATIC_DRAW)),t}function ug(o,e){let t=Nt(o,()=>o.createBuffer(),"Unable to create WebGLBuffer");return K(o,()=>o.bindBuffer(o.ELEMENT_ARRAY_BUFFER,t)),K(o,()=>o.bufferData(o.ELEMENT_ARRAY_BUFFER,e,o.STATIC_DRAW)),t}function pg(o){return Nt(o,()=>o.createTexture(),"Unable to create WebGLTexture.")}function dg(o,e){let t=R().getNumber("WEBGL_MAX_TEXTURE_SIZE");if(o<=0||e<=0){let n=`[${o}x${e}]`;throw new Error("Requested texture size "+n+" is invalid.")}if(o>t||e>t){let n=`[${o}x${e}]`,r=`[${t}x${t}]`;throw new Error("Requested texture size "+n+" greater than WebGL maximum on this browser / GPU "+r+".")}}function fg(o){return Nt(o,()=>o.createFramebuffer(),"Unable to create WebGLFramebuffer.")}function Bu(o,e,t,n,r,s,a){let i=o.getAttribLocation(e,t);return i===-1?!1:(K(o,()=>o.bindBuffer(o.ARRAY_BUFFER,n)),K(o,()=>o.vertexAttribPointer(i,r,o.FLOAT,!1,s,a)),K(o,()=>o.enableVertexAttribArray(i)),!0)}function v2(o,e,t){R2(o,t),K(o,()=>o.activeTexture(o.TEXTURE0+t)),K(o,()=>o.bindTexture(o.TEXTURE_2D,e))}function hg(o,e,t){return Nt(o,()=>o.getUniformLocation(e,t),'uniform "'+t+'" not present in program.')}function mg(o,e,t){return o.getUniformLocation(e,t)}function gg(o,e,t,n){K(o,()=>v2(o,e,n)),K(o,()=>o.uniform1i(t,n))}function Ka(o,e,t){K(o,()=>o.bindFramebuffer(o.FRAMEBUFFER,t)),K(o,()=>o.framebufferTexture2D(o.FRAMEBUFFER,o.COLOR_ATTACHMENT0,o.TEXTURE_2D,e,0))}function Fu(o,e){K(o,()=>o.bindFramebuffer(o.FRAMEBUFFER,e)),K(o,()=>o.framebufferTexture2D(o.FRAMEBUFFER,o.COLOR_ATTACHMENT0,o.TEXTURE_2D,null,0))}function oa(o){let e=o.checkFramebufferStatus(o.FRAMEBUFFER);if(e!==o.FRAMEBUFFER_COMPLETE)throw new Error("Error binding framebuffer: "+$2(o,e))}function $2(o,e){switch(e){case o.FRAMEBUFFER_INCOMPLETE_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_ATTACHMENT";case o.FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT:return"FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT";case o.FRAMEBUFFER_INCOMPLETE_DIMENSIONS:return"FRAMEBUFFER_INCOMPLETE_DIMENSIONS";case o.FRAMEBUFFER_UNSUPPORTED:return"FRAMEBUFFER_UNSUPPORTED";default:return`unknown error ${e}`}}function Nt(o,e,t){let n=K(o,()=>e());if(n==null)throw new Error(t);return n}function R2(o,e){let t=o.MAX_COMBINED_TEXTURE_IMAGE_UNITS-1,n=e+o.TEXTURE0;if(n<o.TEXTURE0||n>t){let r=`[gl.TEXTURE0, gl.TEXTURE${t}]`;throw new Error(`textureUnit must be in ${r}.`)}}function Gt(o,e=2){return C.sizeFromShape(o.slice(0,o.length-e))}function Ht(o){if(o.length===0)throw Error("Cannot get rows and columns of an empty shape array.");return[o.length>1?o[o.length-2]:1,o[o.length-1]]}function na(o){let e=[1,1,1];return o.length===0||o.length===1&&o[0]===1||(e=[Gt(o),...Ht(o)]),e}function Ag(o,e=!1){let t=R().getNumber("WEBGL_MAX_TEXTURE_SIZE"),n=R().getNumber("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE");n===1/0&&R().getBool("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE")&&(n=t/2),e&&(t=t*2,n=n*2,o=o.map((i,c)=>c>=o.length-2?C.nearestLargerEven(o[c]):o[c]),o.length===1&&(o=[2,o[0]])),o.length!==2&&(o=C.squeezeShape(o).newShape);let r=C.sizeFromShape(o),s=null;o.length<=1&&r<=t?s=[1,r]:o.length===2&&o[0]<=t&&o[1]<=t?s=o:o.length===3&&o[0]*o[1]<=t&&o[2]<=t?s=[o[0]*o[1],o[2]]:o.length===3&&o[0]<=t&&o[1]*o[2]<=t?s=[o[0],o[1]*o[2]]:o.length===4&&o[0]*o[1]*o[2]<=t&&o[3]<=t?s=[o[0]*o[1]*o[2],o[3]]:o.length===4&&o[0]<=t&&o[1]*o[2]*o[3]<=t&&(s=[o[0],o[1]*o[2]*o[3]]);let a=s!=null&&Math.max(...s)>n&&Math.min(...s)<=(e?2:1)&&Math.min(...s)>0;if(s==null||a)if(e){let i=Gt(o),c=2,u=2;o.length&&([c,u]=Ht(o)),r=i*(c/2)*(u/2),s=C.sizeToSquarishShape(r).map(l=>l*2)}else s=C.sizeToSquarishShape(r);return s}function Ha(o){return o%2===0}function po(o,e){if(o=o.slice(-2),e=e.slice(-2),C.arraysEqual(o,e)||!o.length||!e.length||o[0]===0||o[1]===0||e[0]===0||e[1]===0)return!0;if(o.length!==e.length){let t=o[o.length-1],n=e[e.length-1];if(t===n||Ha(t)&&Ha(n)&&(o[0]===1||e[0]===1))return!0}return o[1]===e[1]&&Ha(o[0])&&Ha(e[0])}var Ru,Nu;function xg(o){if(Ru==null){let e=He(o);Ru=e.getParameter(e.MAX_TEXTURE_SIZE)}return Ru}function Cg(o){if(Nu==null){let e=He(o);Nu=e.getParameter(e.MAX_TEXTURE_IMAGE_UNITS)}return Math.min(16,Nu)}function bg(o){if(o===0)return 0;let e,t=He(o);return tt(t,"EXT_disjoint_timer_query_webgl2")&&o===2?e=2:tt(t,"EXT_disjoint_timer_query")?e=1:e=0,e}function tt(o,e){return o.getExtension(e)!=null}function Pu(o){try{if(He(o)!=null)return!0}catch(e){return console.log("Error when getting WebGL context: ",e),!1}return!1}function yg(o){if(o===0)return!1;let e=He(o);if(o===1){if(!tt(e,"OES_texture_float"))return!1}else if(!tt(e,"EXT_color_buffer_float"))return!1;return Tu(e)}function wg(o){if(o===0)return!1;let e=He(o);if(o===1){if(!tt(e,"OES_texture_float")||!tt(e,"WEBGL_color_buffer_float"))return!1}else{if(tt(e,"EXT_color_buffer_float"))return Tu(e);let n="EXT_color_buffer_half_float";if(tt(e,n)){let r=e.getExtension(n);return N2(e,r)}return!1}return Tu(e)}function Tu(o){let e=ea(o),t=o.createTexture();o.bindTexture(o.TEXTURE_2D,t),o.texImage2D(o.TEXTURE_2D,0,e.internalFormatFloat,1,1,0,e.textureFormatFloat,e.textureTypeFloat,null);let s=o.createFramebuffer();o.bindFramebuffer(o.FRAMEBUFFER,s),o.framebufferTexture2D(o.FRAMEBUFFER,o.COLOR_ATTACHMENT0,o.TEXTURE_2D,t,0);let a=o.checkFramebufferStatus(o.FRAMEBUFFER)===o.FRAMEBUFFER_COMPLETE;return o.bindTexture(o.TEXTURE_2D,null),o.bindFramebuffer(o.FRAMEBUFFER,null),o.deleteTexture(t),o.deleteFramebuffer(s),a}function N2(o,e){let t=ea(o,e),n=o.createTexture();o.bindTexture(o.TEXTURE_2D,n),o.texImage2D(o.TEXTURE_2D,0,t.internalFormatHalfFloat,1,1,0,t.textureFormatFloat,t.textureTypeHalfFloat,null);let a=o.createFramebuffer();o.bindFramebuffer(o.FRAMEBUFFER,a),o.framebufferTexture2D(o.FRAMEBUFFER,o.COLOR_ATTACHMENT0,o.TEXTURE_2D,n,0);let i=o.checkFramebufferStatus(o.FRAMEBUFFER)===o.FRAMEBUFFER_COMPLETE;return o.bindTexture(o.TEXTURE_2D,null),o.bindFramebuffer(o.FRAMEBUFFER,null),o.deleteTexture(n),o.deleteFramebuffer(a),i}function Ig(o){return o!==2?!1:He(o).fenceSync!=null}function bt(o,e){Array.isArray(o)||(o=[o]),o.forEach(t=>{t!=null&&C.assert(t.dtype!=="complex64",()=>`${e} does not support complex64 tensors in the WebGL backend.`)})}var J=R();J.registerFlag("HAS_WEBGL",()=>J.getNumber("WEBGL_VERSION")>0);J.registerFlag("WEBGL_VERSION",()=>Pu(2)?2:Pu(1)?1:0);J.registerFlag("WEBGL_CHECK_NUMERICAL_PROBLEMS",()=>!1);J.registerFlag("WEBGL_BUFFER_SUPPORTED",()=>J.get("WEBGL_VERSION")===2);J.registerFlag("WEBGL_CPU_FORWARD",()=>!0);J.registerFlag("WEBGL_FORCE_F16_TEXTURES",()=>!1);J.registerFlag("WEBGL_PACK",()=>J.getBool("HAS_WEBGL"));J.registerFlag("WEBGL_PACK_NORMALIZATION",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_CLIP",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_DEPTHWISECONV",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_BINARY_OPERATIONS",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_UNARY_OPERATIONS",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_ARRAY_OPERATIONS",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_IMAGE_OPERATIONS",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_REDUCE",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_LAZILY_UNPACK",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_CONV_IM2COL",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_PACK_CONV2DTRANSPOSE",()=>J.getBool("WEBGL_PACK"));J.registerFlag("WEBGL_MAX_TEXTURE_SIZE",()=>xg(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_MAX_TEXTURES_IN_SHADER",()=>Cg(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION",()=>{let o=J.getNumber("WEBGL_VERSION");return o===0?0:bg(o)});J.registerFlag("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE",()=>J.getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0&&!dn.isMobile());J.registerFlag("WEBGL_RENDER_FLOAT32_CAPABLE",()=>yg(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_RENDER_FLOAT32_ENABLED",()=>J.getBool("WEBGL_FORCE_F16_TEXTURES")?!1:J.getBool("WEBGL_RENDER_FLOAT32_CAPABLE"));J.registerFlag("WEBGL_DOWNLOAD_FLOAT_ENABLED",()=>wg(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_FENCE_API_ENABLED",()=>Ig(J.getNumber("WEBGL_VERSION")));J.registerFlag("WEBGL_SIZE_UPLOAD_UNIFORM",()=>J.getBool("WEBGL_RENDER_FLOAT32_ENABLED")?4:0);J.registerFlag("WEBGL_DELETE_TEXTURE_THRESHOLD",()=>-1,o=>{if(typeof o!="number")throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be a number but got ${o}.`);if(o<0&&o!==-1)throw new Error(`WEBGL_DELETE_TEXTURE_THRESHOLD must be -1 (indicating never delete) or at least 0, but got ${o}.`)});J.registerFlag("WEBGL_FLUSH_THRESHOLD",()=>dn.isMobile()?1:-1,o=>{if(typeof o!="number")throw new Error(`WEBGL_FLUSH_THRESHOLD must be a number but got ${o}.`);if(o<0&&o!==-1)throw new Error(`WEBGL_FLUSH_THRESHOLD must be -1 (indicating never manual flush) or at least 0, but got ${o}.`)});J.registerFlag("CPU_HANDOFF_SIZE_THRESHOLD",()=>128);J.registerFlag("WEBGL_USE_SHAPES_UNIFORMS",()=>!1);J.registerFlag("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD",()=>1e5);J.registerFlag("TOPK_K_CPU_HANDOFF_THRESHOLD",()=>128);J.registerFlag("WEBGL_EXP_CONV",()=>!1);J.registerFlag("SOFTWARE_WEBGL_ENABLED",()=>J.getBool("IS_TEST"));J.registerFlag("WEBGL_MAX_SIZE_FOR_NARROW_TEXTURE",()=>1/0);J.registerFlag("WEBGL_AUTO_SQUARIFY_NARROW_TEXTURE_SHAPE",()=>!1);J.registerFlag("WEBGL2_ISNAN_CUSTOM",()=>!1);J.registerFlag("ENGINE_COMPILE_ONLY",()=>!1);function Ce(){let o,e,t,n,r,s,a,i,c,u;return R().getNumber("WEBGL_VERSION")===2?(o="#version 300 es",e="in",t="out",n="in",r="texture",s="outputColor",a="out vec4 outputColor;",i=R().getBool("WEBGL2_ISNAN_CUSTOM")?`
      bool isnan_custom(float val) {
        uint floatToUint = floatBitsToUint(val);
        return (floatToUint & 0x7fffffffu) > 0x7f800000u;
      }

      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan_custom(val.x),
          isnan_custom(val.y), isnan_custom(val.z), isnan_custom(val.w));
      }

      #define isnan(value) isnan_custom(value)
    `:"",c="",u=`
      #define round(value) newRound(value)
      int newRound(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 newRound(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `):(o="",e="attribute",t="varying",n="varying",r="texture2D",s="gl_FragColor",a="",i=`
      #define isnan(value) isnan_custom(value)
      bool isnan_custom(float val) {
        return (val > 0. || val < 1. || val == 0.) ? false : true;
      }
      bvec4 isnan_custom(vec4 val) {
        return bvec4(isnan(val.x), isnan(val.y), isnan(val.z), isnan(val.w));
      }
    `,c=`
      uniform float INFINITY;

      bool isinf(float val) {
        return abs(val) == INFINITY;
      }
      bvec4 isinf(vec4 val) {
        return equal(abs(val), vec4(INFINITY));
      }
    `,u=`
      int round(float value) {
        return int(floor(value + 0.5));
      }

      ivec4 round(vec4 value) {
        return ivec4(floor(value + vec4(0.5)));
      }
    `),{version:o,attribute:e,varyingVs:t,varyingFs:n,texture2D:r,output:s,defineOutput:a,defineSpecialNaN:i,defineSpecialInf:c,defineRound:u}}function dt(o,e,t="index"){let n=C.computeStrides(e);return n.map((r,s)=>{let a=`int ${o[s]} = ${t} / ${r}`,i=s===n.length-1?`int ${o[s+1]} = ${t} - ${o[s]} * ${r}`:`index -= ${o[s]} * ${r}`;return`${a}; ${i};`}).join("")}function fo(o,e,t="index"){let n=C.computeStrides(e);return n.map((r,s)=>{let a=`int ${o[s]} = ${t} / outShapeStrides[${s}]`,i=s===n.length-1?`int ${o[s+1]} = ${t} - ${o[s]} * outShapeStrides[${s}]`:`index -= ${o[s]} * outShapeStrides[${s}]`;return`${a}; ${i};`}).join("")}function T2(o,e){let t=o.length,n=o.map(s=>`${e}[${s}]`),r=new Array(t-1);r[t-2]=n[t-1];for(let s=t-3;s>=0;--s)r[s]=`(${r[s+1]} * ${n[s+1]})`;return r}function kg(o,e,t="index"){let n=o.map((s,a)=>a),r=T2(n,e);return r.map((s,a)=>{let i=`int ${o[a]} = ${t} / ${r[a]}`,c=a===r.length-1?`int ${o[a+1]} = ${t} - ${o[a]} * ${r[a]}`:`index -= ${o[a]} * ${r[a]}`;return`${i}; ${c};`}).join("")}function Cn(o){let e=C.computeStrides(o).map(t=>t.toString());return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * ${e[0]} + coords.y * ${e[1]} + coords.z;
  }
`}function bn(){return`
  int getFlatIndex(ivec3 coords) {
    return coords.x * outShapeStrides[0] + coords.y * outShapeStrides[1] + coords.z;
  }
`}var ja=`
  const float FLOAT_MAX = 1.70141184e38;
  const float FLOAT_MIN = 1.17549435e-38;

  lowp vec4 encode_float(highp float v) {
    if (isnan(v)) {
      return vec4(255, 255, 255, 255);
    }

    highp float av = abs(v);

    if(av < FLOAT_MIN) {
      return vec4(0.0, 0.0, 0.0, 0.0);
    } else if(v > FLOAT_MAX) {
      return vec4(0.0, 0.0, 128.0, 127.0) / 255.0;
    } else if(v < -FLOAT_MAX) {
      return vec4(0.0, 0.0,  128.0, 255.0) / 255.0;
    }

    highp vec4 c = vec4(0,0,0,0);

    highp float e = floor(log2(av));
    highp float m = exp2(fract(log2(av))) - 1.0;

    c[2] = floor(128.0 * m);
    m -= c[2] / 128.0;
    c[1] = floor(32768.0 * m);
    m -= c[1] / 32768.0;
    c[0] = floor(8388608.0 * m);

    highp float ebias = e + 127.0;
    c[3] = floor(ebias / 2.0);
    ebias -= c[3] * 2.0;
    c[2] += floor(ebias) * 128.0;

    c[3] += 128.0 * step(0.0, -v);

    return c / 255.0;
  }
`;var{getBroadcastDims:Sg}=w;function Eg(o,e,t){let n=[];if(o.forEach(f=>{let h=C.sizeFromShape(f.shapeInfo.logicalShape);if(f.shapeInfo.isUniform?n.push(`uniform float ${f.name}${h>1?`[${h}]`:""};`):(n.push(`uniform sampler2D ${f.name};`),n.push(`uniform int offset${f.name};`)),t.enableShapeUniforms){let{uniformShape:m}=Ya(t.packedInputs,f.shapeInfo.logicalShape,f.shapeInfo.texShape);switch(m.length){case 1:n.push(`uniform int ${f.name}Shape;`);break;case 2:n.push(`uniform ivec2 ${f.name}Shape;`);break;case 3:n.push(`uniform ivec3 ${f.name}Shape;`);break;case 4:n.push(`uniform ivec4 ${f.name}Shape;`);break;default:break}n.push(`uniform ivec2 ${f.name}TexShape;`)}}),t.enableShapeUniforms){switch(e.logicalShape.length){case 1:n.push("uniform int outShape;");break;case 2:n.push("uniform ivec2 outShape;"),n.push("uniform int outShapeStrides;");break;case 3:n.push("uniform ivec3 outShape;"),n.push("uniform ivec2 outShapeStrides;");break;case 4:n.push("uniform ivec4 outShape;"),n.push("uniform ivec3 outShapeStrides;");break;default:break}n.push("uniform ivec2 outTexShape;")}t.customUniforms&&t.customUniforms.forEach(f=>{n.push(`uniform ${f.type} ${f.name}${f.arrayIndex?`[${f.arrayIndex}]`:""};`)});let r=n.join(`
`),s=o.map(f=>D2(f,e,t.packedInputs,t.enableShapeUniforms)).join(`
`),a=e.texShape,i=Ce(),c=P2(i),u,l,p=M2(i);return e.isPacked?(u=B2(e.logicalShape,a,t.enableShapeUniforms),l=L2(i)):(u=F2(e.logicalShape,a,t.enableShapeUniforms),l=O2(i)),t.packedInputs&&(p+=z2),[p,c,l,r,u,s,t.userCode].join(`
`)}function wn(o,e=!1){let t=o.shapeInfo.logicalShape;switch(t.length){case 0:return t$(o,e);case 1:return n$(o,e);case 2:return s$(o,e);case 3:return i$(o,e);case 4:return l$(o,e);case 5:return u$(o);case 6:return p$(o);default:throw new Error(`${t.length}-D input sampling is not yet supported`)}}function _g(o,e){switch(o.shapeInfo.logicalShape.length){case 0:return e$(o);case 1:return o$(o,e);case 2:return r$(o,e);case 3:return a$(o,e);default:return c$(o,e)}}function D2(o,e,t=!1,n){let r="";t?r+=_g(o,n):r+=wn(o,n);let s=o.shapeInfo.logicalShape,a=e.logicalShape;return s.length<=a.length&&(t?r+=d$(o,e):r+=f$(o,e)),r}function B2(o,e,t){switch(o.length){case 0:return vg();case 1:return W2(o,e,t);case 2:return J2(o,e,t);case 3:return H2(o,e,t);default:return K2(o,e,t)}}function F2(o,e,t){switch(o.length){case 0:return vg();case 1:return G2(o,e,t);case 2:return Z2(o,e,t);case 3:return q2(o,e,t);case 4:return X2(o,e,t);case 5:return j2(o,e);case 6:return Y2(o,e);default:throw new Error(`${o.length}-D output sampling is not yet supported`)}}function P2(o){return`
    float sampleTexture(sampler2D textureSampler, vec2 uv) {
      return ${o.texture2D}(textureSampler, uv).r;
    }
  `}function O2(o){return`
    void setOutput(float val) {
      ${o.output} = vec4(val, 0, 0, 0);
    }
  `}function L2(o){return`
    void setOutput(vec4 val) {
      ${o.output} = val;
    }
  `}function M2(o){return`${o.version}
    precision highp float;
    precision highp int;
    precision highp sampler2D;
    ${o.varyingFs} vec2 resultUV;
    ${o.defineOutput}
    const vec2 halfCR = vec2(0.5, 0.5);

    struct ivec5
    {
      int x;
      int y;
      int z;
      int w;
      int u;
    };

    struct ivec6
    {
      int x;
      int y;
      int z;
      int w;
      int u;
      int v;
    };

    uniform float NAN;
    ${o.defineSpecialNaN}
    ${o.defineSpecialInf}
    ${o.defineRound}

    int imod(int x, int y) {
      return x - y * (x / y);
    }

    int idiv(int a, int b, float sign) {
      int res = a / b;
      int mod = imod(a, b);
      if (sign < 0. && mod != 0) {
        res -= 1;
      }
      return res;
    }

    //Based on the work of Dave Hoskins
    //https://www.shadertoy.com/view/4djSRW
    #define HASHSCALE1 443.8975
    float random(float seed){
      vec2 p = resultUV * seed;
      vec3 p3  = fract(vec3(p.xyx) * HASHSCALE1);
      p3 += dot(p3, p3.yzx + 19.19);
      return fract((p3.x + p3.y) * p3.z);
    }

    ${Q2}
    ${U2}
    ${V2}
  `}var Q2=`
vec2 uvFromFlat(int texNumR, int texNumC, int index) {
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
vec2 packedUVfrom1D(int texNumR, int texNumC, int index) {
  int texelIndex = index / 2;
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,U2=`
vec2 packedUVfrom2D(int texelsInLogicalRow, int texNumR,
  int texNumC, int row, int col) {
  int texelIndex = (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = texelIndex / texNumC;
  int texC = texelIndex - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,V2=`
vec2 packedUVfrom3D(int texNumR, int texNumC,
    int texelsInBatch, int texelsInLogicalRow, int b,
    int row, int col) {
  int index = b * texelsInBatch + (row / 2) * texelsInLogicalRow + (col / 2);
  int texR = index / texNumC;
  int texC = index - texR * texNumC;
  return (vec2(texC, texR) + halfCR) / vec2(texNumC, texNumR);
}
`,z2=`
  float getChannel(vec4 frag, vec2 innerDims) {
    vec2 modCoord = mod(innerDims, 2.);
    return modCoord.x == 0. ?
      (modCoord.y == 0. ? frag.r : frag.g) :
      (modCoord.y == 0. ? frag.b : frag.a);
  }
  float getChannel(vec4 frag, int dim) {
    float modCoord = mod(float(dim), 2.);
    return modCoord == 0. ? frag.r : frag.g;
  }
`;function vg(){return`
    int getOutputCoords() {
      return 0;
    }
  `}function W2(o,e,t){let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)];return n[0]===1?t?`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ceil(float(outTexShape[1]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.x * ${n[1]}.0);
      }
    `:n[1]===1?t?`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ceil(float(outTexShape[0]) / 2.0));
      }
    `:`
      int getOutputCoords() {
        return 2 * int(resultUV.y * ${n[0]}.0);
      }
    `:t?`
    int getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      return 2 * (resTexRC.x * packedTexShape[1] + resTexRC.y);
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));
      return 2 * (resTexRC.x * ${n[1]} + resTexRC.y);
    }
  `}function G2(o,e,t){return e[0]===1?t?`
      int getOutputCoords() {
        return int(resultUV.x * float(outTexShape[1]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.x * ${e[1]}.0);
      }
    `:e[1]===1?t?`
      int getOutputCoords() {
        return int(resultUV.y * float(outTexShape[0]));
      }
    `:`
      int getOutputCoords() {
        return int(resultUV.y * ${e[0]}.0);
      }
    `:t?`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      return resTexRC.x * outTexShape[1] + resTexRC.y;
    }
  `:`
    int getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      return resTexRC.x * ${e[1]} + resTexRC.y;
    }
  `}function H2(o,e,t){if(t)return`
    ivec3 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec3(b, r, c);
    }
  `;let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)],r=Math.ceil(o[2]/2),s=r*Math.ceil(o[1]/2);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));
      int index = resTexRC.x * ${n[1]} + resTexRC.y;

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${r});
      int c = imod(index, ${r}) * 2;

      return ivec3(b, r, c);
    }
  `}function q2(o,e,t){if(t)return`
  ivec3 getOutputCoords() {
    ivec2 resTexRC = ivec2(resultUV.yx *
                           vec2(outTexShape[0], outTexShape[1]));
    int index = resTexRC.x * outTexShape[1] + resTexRC.y;
    ${fo(["r","c","d"],o)}
    return ivec3(r, c, d);
  }
`;let n=dt(["r","c","d"],o);return`
    ivec3 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      ${n}
      return ivec3(r, c, d);
    }
  `}function K2(o,e,t){if(t)return`
    ivec4 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));
      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;

      int texelsInLogicalRow = int(ceil(float(outShape[3]) / 2.0));
      int texelsInBatch = texelsInLogicalRow * int(ceil(float(outShape[2]) / 2.0));
      int texelsInBatchN = texelsInBatch * outShape[1];

      int b2 = index / texelsInBatchN;
      index -= b2 * texelsInBatchN;

      int b = index / texelsInBatch;
      index -= b * texelsInBatch;

      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec4(b2, b, r, c);
    }
  `;let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)],r=Math.ceil(o[o.length-1]/2),s=r*Math.ceil(o[o.length-2]/2),a=s,i="",c="b, r, c";for(let u=2;u<o.length-1;u++)a*=o[o.length-u-1],i=`
      int b${u} = index / ${a};
      index -= b${u} * ${a};
    `+i,c=`b${u}, `+c;return`
    ivec${o.length} getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));
      int index = resTexRC.x * ${n[1]} + resTexRC.y;

      ${i}

      int b = index / ${s};
      index -= b * ${s};

      int r = 2 * (index / ${r});
      int c = imod(index, ${r}) * 2;

      return ivec${o.length}(${c});
    }
  `}function X2(o,e,t){if(t)return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      ${fo(["r","c","d","d2"],o)}
      return ivec4(r, c, d, d2);
    }
  `;let n=dt(["r","c","d","d2"],o);return`
    ivec4 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      ${n}
      return ivec4(r, c, d, d2);
    }
  `}function j2(o,e){let t=dt(["r","c","d","d2","d3"],o);return`
    ivec5 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx * vec2(${e[0]},
                             ${e[1]}));

      int index = resTexRC.x * ${e[1]} + resTexRC.y;

      ${t}

      ivec5 outShape = ivec5(r, c, d, d2, d3);
      return outShape;
    }
  `}function Y2(o,e){let t=dt(["r","c","d","d2","d3","d4"],o);return`
    ivec6 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
        vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;

      ${t}

      ivec6 result = ivec6(r, c, d, d2, d3, d4);
      return result;
    }
  `}function J2(o,e,t){let n=[Math.ceil(e[0]/2),Math.ceil(e[1]/2)];if(C.arraysEqual(o,e))return t?`
      ivec2 getOutputCoords() {
        ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
        return 2 * ivec2(resultUV.yx * vec2(packedTexShape[0], packedTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return 2 * ivec2(resultUV.yx * vec2(${n[0]}, ${n[1]}));
      }
    `;let r=Math.ceil(o[1]/2);return t?`
    ivec2 getOutputCoords() {
      ivec2 packedTexShape = ivec2(ceil(float(outTexShape[0]) / 2.0), ceil(float(outTexShape[1]) / 2.0));
      int texelsInLogicalRow = int(ceil(float(outShape[1]) / 2.0));
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(packedTexShape[0], packedTexShape[1]));

      int index = resTexRC.x * packedTexShape[1] + resTexRC.y;
      int r = 2 * (index / texelsInLogicalRow);
      int c = imod(index, texelsInLogicalRow) * 2;

      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${n[0]}, ${n[1]}));

      int index = resTexRC.x * ${n[1]} + resTexRC.y;
      int r = 2 * (index / ${r});
      int c = imod(index, ${r}) * 2;

      return ivec2(r, c);
    }
  `}function Z2(o,e,t){return C.arraysEqual(o,e)?t?`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(outTexShape[0], outTexShape[1]));
      }
    `:`
      ivec2 getOutputCoords() {
        return ivec2(resultUV.yx * vec2(${e[0]}, ${e[1]}));
      }
    `:o[1]===1?t?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(index, 0);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${e[0]}, ${e[1]}));
        int index = resTexRC.x * ${e[1]} + resTexRC.y;
        return ivec2(index, 0);
      }
    `:o[0]===1?t?`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(outTexShape[0], outTexShape[1]));
        int index = resTexRC.x * outTexShape[1] + resTexRC.y;
        return ivec2(0, index);
      }
    `:`
      ivec2 getOutputCoords() {
        ivec2 resTexRC = ivec2(resultUV.yx *
                               vec2(${e[0]}, ${e[1]}));
        int index = resTexRC.x * ${e[1]} + resTexRC.y;
        return ivec2(0, index);
      }
    `:t?`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(outTexShape[0], outTexShape[1]));
      int index = resTexRC.x * outTexShape[1] + resTexRC.y;
      int r = index / outShape[1];
      int c = index - r * outShape[1];
      return ivec2(r, c);
    }
  `:`
    ivec2 getOutputCoords() {
      ivec2 resTexRC = ivec2(resultUV.yx *
                             vec2(${e[0]}, ${e[1]}));
      int index = resTexRC.x * ${e[1]} + resTexRC.y;
      int r = index / ${o[1]};
      int c = index - r * ${o[1]};
      return ivec2(r, c);
    }
  `}function ho(o){return`offset${o}`}function e$(o){let e=o.name,t="get"+e.charAt(0).toUpperCase()+e.slice(1),n=Ce();return`
    vec4 ${t}() {
      return ${n.texture2D}(${e}, halfCR);
    }
  `}function t$(o,e){let t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1);if(o.shapeInfo.isUniform)return`float ${n}() {return ${t};}`;let[r,s]=o.shapeInfo.texShape;if(r===1&&s===1)return`
      float ${n}() {
        return sampleTexture(${t}, halfCR);
      }
    `;let a=ho(t);if(e)return`
    float ${n}() {
      vec2 uv = uvFromFlat(${t}TexShape[0], ${t}TexShape[1], ${a});
      return sampleTexture(${t}, uv);
    }
  `;let[i,c]=o.shapeInfo.texShape;return`
    float ${n}() {
      vec2 uv = uvFromFlat(${i}, ${c}, ${a});
      return sampleTexture(${t}, uv);
    }
  `}function o$(o,e){let t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),r=o.shapeInfo.texShape,s=Ce();if(e)return`
    vec4 ${n}(int index) {
      ivec2 packedTexShape = ivec2(ceil(float(${t}TexShape[0]) / 2.0), ceil(float(${t}TexShape[1]) / 2.0));
      vec2 uv = packedUVfrom1D(
        packedTexShape[0], packedTexShape[1], index);
      return ${s.texture2D}(${t}, uv);
    }
  `;let a=[Math.ceil(r[0]/2),Math.ceil(r[1]/2)];return`
    vec4 ${n}(int index) {
      vec2 uv = packedUVfrom1D(
        ${a[0]}, ${a[1]}, index);
      return ${s.texture2D}(${t}, uv);
    }
  `}function n$(o,e){let t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1);if(o.shapeInfo.isUniform)return`
      float ${n}(int index) {
        ${In(o)}
      }
    `;let r=o.shapeInfo.texShape,s=r[0],a=r[1];if(a===1&&s===1)return`
      float ${n}(int index) {
        return sampleTexture(${t}, halfCR);
      }
    `;let i=ho(t);return a===1?e?`
      float ${n}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${i}) + 0.5) / float(${t}TexShape[0]));
        return sampleTexture(${t}, uv);
      }
    `:`
      float ${n}(int index) {
        vec2 uv = vec2(0.5, (float(index + ${i}) + 0.5) / ${s}.0);
        return sampleTexture(${t}, uv);
      }
    `:s===1?e?`
      float ${n}(int index) {
        vec2 uv = vec2((float(index + ${i}) + 0.5) / float(${t}TexShape[1]), 0.5);
        return sampleTexture(${t}, uv);
      }
    `:`
      float ${n}(int index) {
        vec2 uv = vec2((float(index + ${i}) + 0.5) / ${a}.0, 0.5);
        return sampleTexture(${t}, uv);
      }
    `:e?`
    float ${n}(int index) {
      vec2 uv = uvFromFlat(${t}TexShape[0], ${t}TexShape[1], index + ${i});
      return sampleTexture(${t}, uv);
    }
  `:`
    float ${n}(int index) {
      vec2 uv = uvFromFlat(${s}, ${a}, index + ${i});
      return sampleTexture(${t}, uv);
    }
  `}function r$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=o.shapeInfo.texShape,a=s[0],i=s[1],c=Ce();if(s!=null&&C.arraysEqual(t,s))return e?`
      vec4 ${r}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${n}TexShape[1], ${n}TexShape[0]);

        return ${c.texture2D}(${n}, uv);
      }
    `:`
      vec4 ${r}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${i}.0, ${a}.0);

        return ${c.texture2D}(${n}, uv);
      }
    `;if(e)return`
    vec4 ${r}(int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${n}TexShape[0]) / 2.0), ceil(float(${n}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${n}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom2D(valuesPerRow, packedTexShape[0], packedTexShape[1], row, col);
      return ${c.texture2D}(${n}, uv);
    }
  `;let u=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)],l=Math.ceil(t[1]/2);return`
    vec4 ${r}(int row, int col) {
      vec2 uv = packedUVfrom2D(${l}, ${u[0]}, ${u[1]}, row, col);
      return ${c.texture2D}(${n}, uv);
    }
  `}function s$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=o.shapeInfo.texShape;if(s!=null&&C.arraysEqual(t,s)){if(e)return`
      float ${r}(int row, int col) {
        vec2 uv = (vec2(col, row) + halfCR) / vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `;let d=s[0],f=s[1];return`
    float ${r}(int row, int col) {
      vec2 uv = (vec2(col, row) + halfCR) / vec2(${f}.0, ${d}.0);
      return sampleTexture(${n}, uv);
    }
  `}let{newShape:a,keptDims:i}=C.squeezeShape(t),c=a;if(c.length<t.length){let d=kn(o,c),f=["row","col"];return`
      ${wn(d,e)}
      float ${r}(int row, int col) {
        return ${r}(${Sn(f,i)});
      }
    `}if(o.shapeInfo.isUniform)return`
      float ${r}(int row, int col) {
        int index = round(dot(vec2(row, col), vec2(${t[1]}, 1)));
        ${In(o)}
      }
    `;let u=s[0],l=s[1],p=ho(n);return l===1?e?`
      float ${r}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${n}Shape[1], 1, 1));
        vec2 uv = vec2(0.5, (index + 0.5) / float(${n}TexShape[0]));
        return sampleTexture(${n}, uv);
      }
    `:`
    float ${r}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${t[1]}, 1, 1));
      vec2 uv = vec2(0.5, (index + 0.5) / ${u}.0);
      return sampleTexture(${n}, uv);
    }
  `:u===1?e?`
      float ${r}(int row, int col) {
        float index = dot(vec3(row, col, ${p}), vec3(${n}Shape[1], 1, 1));
        vec2 uv = vec2((index + 0.5) / float(${n}TexShape[1]), 0.5);
        return sampleTexture(${n}, uv);
      }
    `:`
    float ${r}(int row, int col) {
      float index = dot(vec3(row, col, ${p}), vec3(${t[1]}, 1, 1));
      vec2 uv = vec2((index + 0.5) / ${l}.0, 0.5);
      return sampleTexture(${n}, uv);
    }
  `:e?`
      float ${r}(int row, int col) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${n}Shape[1] + col + ${p};
        vec2 uv = uvFromFlat(${n}TexShape[0], ${n}TexShape[1], index);
        return sampleTexture(${n}, uv);
      }
    `:`
  float ${r}(int row, int col) {
    // Explicitly use integer operations as dot() only works on floats.
    int index = row * ${t[1]} + col + ${p};
    vec2 uv = uvFromFlat(${u}, ${l}, index);
    return sampleTexture(${n}, uv);
  }
`}function a$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=o.shapeInfo.texShape,a=[Math.ceil(s[0]/2),Math.ceil(s[1]/2)];if(t[0]===1){let d=t.slice(1),f=[1,2],h=kn(o,d),m=["b","row","col"];return`
        ${_g(h,e)}
        vec4 ${r}(int b, int row, int col) {
          return ${r}(${Sn(m,f)});
        }
      `}let i=Ce();if(e)return`
    vec4 ${r}(int b, int row, int col) {
      ivec2 packedTexShape = ivec2(ceil(float(${n}TexShape[0]) / 2.0), ceil(float(${n}TexShape[1]) / 2.0));
      int valuesPerRow = int(ceil(float(${n}Shape[2]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${n}Shape[1]) / 2.0));
      vec2 uv = packedUVfrom3D(
        packedTexShape[0], packedTexShape[1], texelsInBatch, valuesPerRow, b, row, col);
      return ${i.texture2D}(${n}, uv);
    }
  `;let c=a[0],u=a[1],l=Math.ceil(t[2]/2),p=l*Math.ceil(t[1]/2);return`
    vec4 ${r}(int b, int row, int col) {
      vec2 uv = packedUVfrom3D(
        ${c}, ${u}, ${p}, ${l}, b, row, col);
      return ${i.texture2D}(${n}, uv);
    }
  `}function i$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=t[1]*t[2],a=t[2],{newShape:i,keptDims:c}=C.squeezeShape(t),u=i;if(u.length<t.length){let m=kn(o,u),A=["row","col","depth"];return`
        ${wn(m,e)}
        float ${r}(int row, int col, int depth) {
          return ${r}(${Sn(A,c)});
        }
      `}if(o.shapeInfo.isUniform)return`
      float ${r}(int row, int col, int depth) {
        int index = round(dot(vec3(row, col, depth),
                          vec3(${s}, ${a}, 1)));
        ${In(o)}
      }
    `;let l=o.shapeInfo.texShape,p=l[0],d=l[1],f=o.shapeInfo.flatOffset;if(d===s&&f==null)return e?`
      float ${r}(int row, int col, int depth) {
        int stride1 = ${n}Shape[2];
        float texR = float(row);
        float texC = dot(vec2(col, depth), vec2(stride1, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
        float ${r}(int row, int col, int depth) {
          float texR = float(row);
          float texC = dot(vec2(col, depth), vec2(${a}, 1));
          vec2 uv = (vec2(texC, texR) + halfCR) /
                     vec2(${d}.0, ${p}.0);
          return sampleTexture(${n}, uv);
        }
      `;if(d===a&&f==null)return e?`
      float ${r}(int row, int col, int depth) {
        float texR = dot(vec2(row, col), vec2(${n}Shape[1], 1));
        float texC = float(depth);
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
    float ${r}(int row, int col, int depth) {
      float texR = dot(vec2(row, col), vec2(${t[1]}, 1));
      float texC = float(depth);
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${d}.0, ${p}.0);
      return sampleTexture(${n}, uv);
    }
  `;let h=ho(n);return e?`
    float ${r}(int row, int col, int depth) {
      // Explicitly use integer operations as dot() only works on floats.
      int stride0 = ${n}Shape[1] * ${n}Shape[2];
      int stride1 = ${n}Shape[2];
      int index = row * stride0 + col * stride1 + depth + ${h};
      vec2 uv = uvFromFlat(${n}TexShape[0], ${n}TexShape[1], index);
      return sampleTexture(${n}, uv);
    }
    `:`
      float ${r}(int row, int col, int depth) {
        // Explicitly use integer operations as dot() only works on floats.
        int index = row * ${s} + col * ${a} + depth + ${h};
        vec2 uv = uvFromFlat(${p}, ${d}, index);
        return sampleTexture(${n}, uv);
      }
  `}function c$(o,e){let t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),r=Ce();if(e)return`
    vec4 ${n}(int b2, int b, int row, int col) {
      int valuesPerRow = int(ceil(float(${t}Shape[3]) / 2.0));
      int texelsInBatch = valuesPerRow * int(ceil(float(${t}Shape[2]) / 2.0));
      int index = b * texelsInBatch + (row / 2) * valuesPerRow + (col / 2);
      texelsInBatch *= ${t}Shape[1];
      index = b2 * texelsInBatch + index;
      ivec2 packedTexShape = ivec2(ceil(float(${t}TexShape[0]) / 2.0), ceil(float(${t}TexShape[1]) / 2.0));
      int texR = index / packedTexShape[1];
      int texC = index - texR * packedTexShape[1];
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(packedTexShape[1], packedTexShape[0]); return ${r.texture2D}(${t}, uv);
    }
  `;let s=o.shapeInfo.logicalShape,a=s.length,i=o.shapeInfo.texShape,c=[Math.ceil(i[0]/2),Math.ceil(i[1]/2)],u=c[0],l=c[1],p=Math.ceil(s[a-1]/2),d=p*Math.ceil(s[a-2]/2),f="int b, int row, int col",h=`b * ${d} + (row / 2) * ${p} + (col / 2)`;for(let m=2;m<a-1;m++)f=`int b${m}, `+f,d*=s[a-m-1],h=`b${m} * ${d} + `+h;return`
    vec4 ${n}(${f}) {
      int index = ${h};
      int texR = index / ${l};
      int texC = index - texR * ${l};
      vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${l}, ${u});
      return ${r.texture2D}(${t}, uv);
    }
  `}function l$(o,e){let t=o.shapeInfo.logicalShape,n=o.name,r="get"+n.charAt(0).toUpperCase()+n.slice(1),s=t[3],a=t[2]*s,i=t[1]*a,{newShape:c,keptDims:u}=C.squeezeShape(t);if(c.length<t.length){let x=kn(o,c),b=["row","col","depth","depth2"];return`
      ${wn(x,e)}
      float ${r}(int row, int col, int depth, int depth2) {
        return ${r}(${Sn(b,u)});
      }
    `}if(o.shapeInfo.isUniform)return`
      float ${r}(int row, int col, int depth, int depth2) {
        int index = round(dot(vec4(row, col, depth, depth2),
                          vec4(${i}, ${a}, ${s}, 1)));
        ${In(o)}
      }
    `;let l=o.shapeInfo.flatOffset,p=o.shapeInfo.texShape,d=p[0],f=p[1],h=`int stride2 = ${n}Shape[3];`,m=`int stride1 = ${n}Shape[2] * stride2;`,A=`int stride0 = ${n}Shape[1] * stride1;`;if(f===i&&l==null)return e?`
      float ${r}(int row, int col, int depth, int depth2) {
        ${h}
        ${m}
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(stride1, stride2, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
      float ${r}(int row, int col, int depth, int depth2) {
        float texR = float(row);
        float texC =
            dot(vec3(col, depth, depth2),
                vec3(${a}, ${s}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${d}.0);
        return sampleTexture(${n}, uv);
      }
    `;if(f===s&&l==null)return e?`
      float ${r}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${n}Shape[1] * ${n}Shape[2], ${n}Shape[2], 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${n}TexShape[1], ${n}TexShape[0]);
        return sampleTexture(${n}, uv);
      }
    `:`
      float ${r}(int row, int col, int depth, int depth2) {
        float texR = dot(vec3(row, col, depth),
                         vec3(${t[1]*t[2]}, ${t[2]}, 1));
        float texC = float(depth2);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${d}.0);
        return sampleTexture(${n}, uv);
      }
    `;let g=ho(n);return e?`
    float ${r}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      ${h}
      ${m}
      ${A}
      int index = row * stride0 + col * stride1 +
          depth * stride2 + depth2;
      vec2 uv = uvFromFlat(${n}TexShape[0], ${n}TexShape[1], index + ${g});
      return sampleTexture(${n}, uv);
    }
  `:`
    float ${r}(int row, int col, int depth, int depth2) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${i} + col * ${a} +
          depth * ${s} + depth2;
      vec2 uv = uvFromFlat(${d}, ${f}, index + ${g});
      return sampleTexture(${n}, uv);
    }
  `}function u$(o){let e=o.shapeInfo.logicalShape,t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),r=e[4],s=e[3]*r,a=e[2]*s,i=e[1]*a,{newShape:c,keptDims:u}=C.squeezeShape(e);if(c.length<e.length){let m=kn(o,c),A=["row","col","depth","depth2","depth3"];return`
      ${wn(m)}
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        return ${n}(${Sn(A,u)});
      }
    `}if(o.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        float index = dot(
          vec4(row, col, depth, depth2),
          vec4(${i}, ${a}, ${s}, ${r})) +
          depth3;
        ${In(o)}
      }
    `;let l=o.shapeInfo.flatOffset,p=o.shapeInfo.texShape,d=p[0],f=p[1];if(f===i&&l==null)return`
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
                         vec4(${a}, ${s}, ${r}, 1));
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${f}.0, ${d}.0);
        return sampleTexture(${t}, uv);
      }
    `;if(f===r&&l==null)return`
      float ${n}(int row, int col, int depth, int depth2, int depth3) {
        float texR = dot(
          vec4(row, col, depth, depth2),
          vec4(${e[1]*e[2]*e[3]},
               ${e[2]*e[3]}, ${e[3]}, 1));
        int texC = depth3;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${f}.0, ${d}.0);
        return sampleTexture(${t}, uv);
      }
    `;let h=ho(t);return`
    float ${n}(int row, int col, int depth, int depth2, int depth3) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${i} + col * ${a} + depth * ${s} +
          depth2 * ${r} + depth3 + ${h};
      vec2 uv = uvFromFlat(${d}, ${f}, index);
      return sampleTexture(${t}, uv);
    }
  `}function p$(o){let e=o.shapeInfo.logicalShape,t=o.name,n="get"+t.charAt(0).toUpperCase()+t.slice(1),{newShape:r,keptDims:s}=C.squeezeShape(e);if(r.length<e.length){let A=kn(o,r),g=["row","col","depth","depth2","depth3","depth4"];return`
      ${wn(A)}
      float ${n}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        return ${n}(${Sn(g,s)});
      }
    `}let a=e[5],i=e[4]*a,c=e[3]*i,u=e[2]*c,l=e[1]*u;if(o.shapeInfo.isUniform)return`
      float ${n}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
        int index = round(dot(
          vec4(row, col, depth, depth2),
          vec4(${l}, ${u}, ${c}, ${i})) +
          dot(
            vec2(depth3, depth4),
            vec2(${a}, 1)));
        ${In(o)}
      }
    `;let p=o.shapeInfo.flatOffset,d=o.shapeInfo.texShape,f=d[0],h=d[1];if(h===l&&p==null)return`
      float ${n}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        int texR = row;
        float texC = dot(vec4(col, depth, depth2, depth3),
          vec4(${u}, ${c}, ${i}, ${a})) +
               float(depth4);
        vec2 uv = (vec2(texC, texR) + halfCR) /
                   vec2(${h}.0, ${f}.0);
        return sampleTexture(${t}, uv);
      }
    `;if(h===a&&p==null)return`
      float ${n}(int row, int col, int depth,
                    int depth2, int depth3, int depth4) {
        float texR = dot(vec4(row, col, depth, depth2),
          vec4(${e[1]*e[2]*e[3]*e[4]},
               ${e[2]*e[3]*e[4]},
               ${e[3]*e[4]},
               ${e[4]})) + float(depth3);
        int texC = depth4;
        vec2 uv = (vec2(texC, texR) + halfCR) /
                  vec2(${h}.0, ${f}.0);
        return sampleTexture(${t}, uv);
      }
    `;let m=ho(t);return`
    float ${n}(int row, int col, int depth,
                  int depth2, int depth3, int depth4) {
      // Explicitly use integer operations as dot() only works on floats.
      int index = row * ${l} + col * ${u} + depth * ${c} +
          depth2 * ${i} + depth3 * ${a} + depth4 + ${m};
      vec2 uv = uvFromFlat(${f}, ${h}, index);
      return sampleTexture(${t}, uv);
    }
  `}function In(o){let e=o.name,t=C.sizeFromShape(o.shapeInfo.logicalShape);return t<2?`return ${e};`:`
    for (int i = 0; i < ${t}; i++) {
      if (i == index) {
        return ${e}[i];
      }
    }
  `}function d$(o,e){let t=o.name,n=t.charAt(0).toUpperCase()+t.slice(1),r="get"+n+"AtOutCoords",s=o.shapeInfo.logicalShape.length,a=e.logicalShape.length,i=Sg(o.shapeInfo.logicalShape,e.logicalShape),c=te(a),u=a-s,l,p=["x","y","z","w","u","v"];s===0?l="":a<2&&i.length>=1?l="coords = 0;":l=i.map(x=>`coords.${p[x+u]} = 0;`).join(`
`);let d="";a<2&&s>0?d="coords":d=o.shapeInfo.logicalShape.map((x,b)=>`coords.${p[b+u]}`).join(", ");let f="return outputValue;",m=C.sizeFromShape(o.shapeInfo.logicalShape)===1,g=C.sizeFromShape(e.logicalShape)===1;if(s===1&&!m&&!g)f=`
      return vec4(outputValue.xy, outputValue.xy);
    `;else if(m&&!g)a===1?f=`
        return vec4(outputValue.x, outputValue.x, 0., 0.);
      `:f=`
        return vec4(outputValue.x);
      `;else if(i.length){let x=s-2,b=s-1;i.indexOf(x)>-1&&i.indexOf(b)>-1?f="return vec4(outputValue.x);":i.indexOf(x)>-1?f="return vec4(outputValue.x, outputValue.y, outputValue.x, outputValue.y);":i.indexOf(b)>-1&&(f="return vec4(outputValue.xx, outputValue.zz);")}return`
    vec4 ${r}() {
      ${c} coords = getOutputCoords();
      ${l}
      vec4 outputValue = get${n}(${d});
      ${f}
    }
  `}function f$(o,e){let t=o.name,n=t.charAt(0).toUpperCase()+t.slice(1),r="get"+n+"AtOutCoords",s=e.texShape,a=o.shapeInfo.texShape,i=o.shapeInfo.logicalShape.length,c=e.logicalShape.length;if(!o.shapeInfo.isUniform&&i===c&&o.shapeInfo.flatOffset==null&&C.arraysEqual(a,s))return`
      float ${r}() {
        return sampleTexture(${t}, resultUV);
      }
    `;let u=te(c),l=Sg(o.shapeInfo.logicalShape,e.logicalShape),p=c-i,d,f=["x","y","z","w","u","v"];i===0?d="":c<2&&l.length>=1?d="coords = 0;":d=l.map(m=>`coords.${f[m+p]} = 0;`).join(`
`);let h="";return c<2&&i>0?h="coords":h=o.shapeInfo.logicalShape.map((m,A)=>`coords.${f[A+p]}`).join(", "),`
    float ${r}() {
      ${u} coords = getOutputCoords();
      ${d}
      return get${n}(${h});
    }
  `}function te(o){if(o<=1)return"int";if(o===2)return"ivec2";if(o===3)return"ivec3";if(o===4)return"ivec4";if(o===5)return"ivec5";if(o===6)return"ivec6";throw Error(`GPU for rank ${o} is not yet supported`)}function Ya(o,e,t){let{newShape:n,keptDims:r}=C.squeezeShape(e),s=e.length,a=o&&s===3&&e[0]===1,i=a?e.slice(1):n,c=!o&&s>1&&!C.arraysEqual(e,t)&&n.length<s||a;return{useSqueezeShape:c,uniformShape:c?i:e,keptDims:r}}function kn(o,e){let t=JSON.parse(JSON.stringify(o));return t.shapeInfo.logicalShape=e,t}function Sn(o,e){return e.map(t=>o[t]).join(", ")}function Rg(o,e,t,n){let r=t.map((l,p)=>{let d={logicalShape:l.shape,texShape:l.isUniform?null:l.texData.texShape,isUniform:l.isUniform,isPacked:l.isUniform?!1:l.texData.isPacked,flatOffset:null};return l.texData!=null&&l.texData.slice!=null&&l.texData.slice.flatOffset>0&&(d.flatOffset=l.texData.slice.flatOffset),{name:e.variableNames[p],shapeInfo:d}}),s=r.map(l=>l.shapeInfo),a={logicalShape:n.shape,texShape:n.texData.texShape,isUniform:!1,isPacked:n.texData.isPacked,flatOffset:null},i=Eg(r,a,e),c=ag(o.gl,i),u=o.createProgram(c);return R().get("ENGINE_COMPILE_ONLY")?{program:e,fragmentShader:c,source:i,webGLProgram:u,inShapeInfos:s,outShapeInfo:a,variablesLocations:null,customUniformLocations:null,infLoc:null,nanLoc:null,outShapeLocation:null,outShapeStridesLocation:null,outTexShapeLocation:null}:(o.buildVao(u),Object.assign({program:e,fragmentShader:c,source:i,webGLProgram:u,inShapeInfos:s,outShapeInfo:a},Ou(o,e,u)))}function Ou(o,e,t){let n=[],r=[],s,a,i,c=null,u=null;u=o.getUniformLocation(t,"NAN",!1),R().getNumber("WEBGL_VERSION")===1&&(c=o.getUniformLocation(t,"INFINITY",!1));let l=!1;for(let p of e.variableNames){let d={name:p,uniform:o.getUniformLocation(t,p,l),offset:o.getUniformLocation(t,`offset${p}`,l)};e.enableShapeUniforms&&(d.shape=o.getUniformLocation(t,`${p}Shape`,l),d.texShape=o.getUniformLocation(t,`${p}TexShape`,l)),n.push(d)}if(e.enableShapeUniforms&&(s=o.getUniformLocation(t,"outShape",l),i=o.getUniformLocation(t,"outShapeStrides",l),a=o.getUniformLocation(t,"outTexShape",l)),e.customUniforms)for(let p of e.customUniforms)r.push(o.getUniformLocation(t,p.name,l));return{variablesLocations:n,customUniformLocations:r,infLoc:c,nanLoc:u,outShapeLocation:s,outShapeStridesLocation:i,outTexShapeLocation:a}}function $g(o,e){if(o.length!==e.length)throw Error(`Binary was compiled with ${o.length} inputs, but was executed with ${e.length} inputs`);o.forEach((t,n)=>{let r=t.logicalShape,s=e[n],a=s.shape;if(!C.arraysEqual(r,a))throw Error(`Binary was compiled with different shapes than the current args. Shapes ${r} and ${a} must match`);if(t.isUniform&&s.isUniform)return;let i=t.texShape,c=s.isUniform?null:s.texData.texShape;if(!C.arraysEqual(i,c))throw Error(`Binary was compiled with different texture shapes than the current args. Shape ${i} and ${c} must match`)})}function Ng(o,e,t,n,r){e.program.enableShapeUniforms||($g(e.inShapeInfos,t),$g([e.outShapeInfo],[n]));let s=n.texData.texture,a=n.texData.texShape;n.texData.isPacked?o.setOutputPackedMatrixTexture(s.texture,a[0],a[1]):o.setOutputMatrixTexture(s.texture,a[0],a[1]),o.setProgram(e.webGLProgram),o.bindVertexArray(e.webGLProgram.vao),R().getNumber("WEBGL_VERSION")===1&&e.infLoc!==null&&o.gl.uniform1f(e.infLoc,1/0),e.nanLoc!==null&&o.gl.uniform1f(e.nanLoc,NaN);for(let c=0;c<t.length;++c){let u=t[c],{uniform:l,offset:p,shape:d,texShape:f}=e.variablesLocations[c];if(d){let{uniformShape:h}=Ya(e.program.packedInputs,u.shape,u.texData.texShape);switch(h.length){case 1:o.gl.uniform1iv(d,new Int32Array(h));break;case 2:o.gl.uniform2iv(d,new Int32Array(h));break;case 3:o.gl.uniform3iv(d,new Int32Array(h));break;case 4:o.gl.uniform4iv(d,new Int32Array(h));break;default:break}}if(f&&o.gl.uniform2i(f,u.texData.texShape[0],u.texData.texShape[1]),l!=null){if(u.isUniform){if(C.sizeFromShape(u.shape)<2)o.gl.uniform1f(l,u.uniformValues[0]);else{let h=u.uniformValues;h instanceof Float32Array||(h=new Float32Array(h)),o.gl.uniform1fv(l,h)}continue}u.texData.slice!=null&&p!=null&&o.gl.uniform1i(p,u.texData.slice.flatOffset),o.setInputMatrixTexture(u.texData.texture.texture,l,c)}}let i=e.outShapeLocation;if(i)switch(n.shape.length){case 1:o.gl.uniform1iv(i,new Int32Array(n.shape));break;case 2:o.gl.uniform2iv(i,new Int32Array(n.shape));break;case 3:o.gl.uniform3iv(i,new Int32Array(n.shape));break;case 4:o.gl.uniform4iv(i,new Int32Array(n.shape));break;default:break}if(e.outShapeStridesLocation){let c=C.computeStrides(n.shape);switch(n.shape.length){case 2:o.gl.uniform1iv(e.outShapeStridesLocation,new Int32Array(c));break;case 3:o.gl.uniform2iv(e.outShapeStridesLocation,new Int32Array(c));break;case 4:o.gl.uniform3iv(e.outShapeStridesLocation,new Int32Array(c));break;default:break}}if(e.outTexShapeLocation&&o.gl.uniform2i(e.outTexShapeLocation,n.texData.texShape[0],n.texData.texShape[1]),e.program.customUniforms&&r)for(let c=0;c<e.program.customUniforms.length;++c){let u=e.program.customUniforms[c],l=e.customUniformLocations[c],p=r[c];if(u.type==="float")o.gl.uniform1fv(l,p);else if(u.type==="vec2")o.gl.uniform2fv(l,p);else if(u.type==="vec3")o.gl.uniform3fv(l,p);else if(u.type==="vec4")o.gl.uniform4fv(l,p);else if(u.type==="int")o.gl.uniform1iv(l,p);else if(u.type==="ivec2")o.gl.uniform2iv(l,p);else if(u.type==="ivec3")o.gl.uniform3iv(l,p);else if(u.type==="ivec4")o.gl.uniform4iv(l,p);else throw Error(`uniform type ${u.type} is not supported yet.`)}o.executeProgram()}function Tg(o,e,t){let n="";e.concat(t).forEach(a=>{let i=a.texData!=null&&a.texData.slice!=null&&a.texData.slice.flatOffset>0;if(o.enableShapeUniforms&&!a.isUniform){let c=a.texData.texShape,{useSqueezeShape:u,uniformShape:l,keptDims:p}=Ya(o.packedInputs,a.shape,c),d="",f="",h="";if(l.length===1&&o.packedInputs){let I=[Math.ceil(c[0]/2),Math.ceil(c[1]/2)];d=`${I[0]>1}_${I[1]>1}`}else if(l.length===2&&!o.packedInputs)f=`${l[0]>1}_${l[1]>1}`;else if(l.length>2&&!o.packedInputs){let I=C.computeStrides(l);h=`${I[0]===c[1]}_${I[I.length-1]===c[1]}`}let m=a.shape.length,A=l.length===2&&C.arraysEqual(a.shape,c),g=C.sizeFromShape(a.shape)===1,x=w.getBroadcastDims(a.shape,t.shape),b=!o.packedInputs&&m===t.shape.length&&C.arraysEqual(c,t.texData.texShape),y=o.packedInputs||l.length>2?"":`${c[0]>1}_${c[1]>1}`;n+=`${m}_${b}_${u?p:""}_${l.length}_${g}_${x}_${A}_${d}_${f}_${h}_${y}_${i}`}else{let c=a.isUniform?"uniform":a.texData.texShape;n+=`${a.shape}_${c}_${i}`}});let r=o.userCode,s=o.constructor.name;return s+="_"+n+"_"+r+`${R().getNumber("WEBGL_VERSION")}`,s}function ue(o){return R().getBool("WEBGL_USE_SHAPES_UNIFORMS")&&o<=4}var Ja=class{constructor(e){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outPackingScheme=Wt.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let t=Ce();this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?fo(["r","c","d"],e):dt(["r","c","d"],e)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getA(rc.x, rc.y, rc.z);
        }

        ${t.output} = result;
      }
    `}};var Za=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outPackingScheme=Wt.DENSE,this.customUniforms=[{name:"texShape",type:"ivec2"}];let t=Ce();this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      ivec3 outCoordsFromFlatIndex(int index) {
        ${this.enableShapeUniforms?fo(["r","c","d"],e):dt(["r","c","d"],e)}
        return ivec3(r, c, d);
      }

      void main() {
        ivec2 resTexRC = ivec2(resultUV.yx * vec2(texShape[0], texShape[1]));
        int index = 4 * (resTexRC.x * texShape[1] + resTexRC.y);

        vec4 result = vec4(0.);

        for (int i=0; i<4; i++) {
          int flatIndex = index + i;
          ivec3 rc = outCoordsFromFlatIndex(flatIndex);
          result[i] = getChannel(getA(rc.x, rc.y, rc.z), vec2(rc.y, rc.z));
        }

        ${t.output} = result;
      }
    `}};var ei=class{constructor(e){this.variableNames=["A"],this.outTexUsage=Te.DOWNLOAD;let t=Ce();this.outputShape=e,this.userCode=`
      ${ja}

      void main() {
        float x = getAAtOutCoords();
        ${t.output} = encode_float(x);
      }
    `}};var ti=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outTexUsage=Te.DOWNLOAD;let t=Ce();this.outputShape=e,this.userCode=`
      ${ja}

      void main() {
        ivec3 coords = getOutputCoords();
        float x = getChannel(getAAtOutCoords(), vec2(coords.y, coords.z));
        ${t.output} = encode_float(x);
      }
    `}};var g$={R:0,G:1,B:2,A:3},ra=class{constructor(e,t=!1,n="RGBA"){this.variableNames=["A"],this.customUniforms=[{name:"texShape",type:"ivec2"}];let r=Ce();this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let s="result";t&&(s="floor(result * 255. + 0.5)");let a="";for(let i=0;i<n.length;i++){let c=n[i];a+=`
          if(offset == ${i}) {
            result = values[${g$[c]}];
          }`}this.userCode=`
      ${this.enableShapeUniforms?bn():Cn(e)}

      void main() {
        ivec3 coords = getOutputCoords();
        int flatIndex = getFlatIndex(coords);
        float result = 0.;
        int offset = imod(flatIndex, ${n.length});

        flatIndex = idiv(flatIndex, ${n.length}, 1.);

        int r = flatIndex / texShape[1];
        if (r < texShape[0]) {
          int c = imod(flatIndex, texShape[1]);
          vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
          vec4 values = ${r.texture2D}(A, uv);
          ${a}
        }
        ${r.output} = vec4(${s}, 0., 0., 0.);
      }
    `}};var oi=class{constructor(e,t=!1){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.customUniforms=[{name:"texShape",type:"ivec2"}];let n=Ce();this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let r="",s="result";t&&(s="floor(result * 255. + 0.5)");for(let a=0;a<=1;a++)for(let i=0;i<=1;i++){let c=a*2+i;r+=`
          localCoords = coords;
          if(localCoords[2] + ${i} < ${this.enableShapeUniforms?"outShape[2]":`${e[2]}`}) {
          localCoords[2] += ${i};
          if (localCoords[1] + ${a} < ${this.enableShapeUniforms?"outShape[1]":`${e[1]}`}) {
            localCoords[1] += ${a};

            flatIndex = getFlatIndex(localCoords);
            offset = imod(flatIndex, 4);

            flatIndex = idiv(flatIndex, 4, 1.);

            int r = flatIndex / texShape[1];
            int c = imod(flatIndex, texShape[1]);
            vec2 uv = (vec2(c, r) + halfCR) / vec2(texShape[1], texShape[0]);
            values = ${n.texture2D}(A, uv);

            if (offset == 0) {
              result[${c}] = values[0];
            } else if (offset == 1) {
              result[${c}] = values[1];
            } else if (offset == 2) {
              result[${c}] = values[2];
            } else {
              result[${c}] = values[3];
            }
          }
        }
        `}this.userCode=`
        ${this.enableShapeUniforms?bn():Cn(e)}

        void main() {
          ivec3 coords = getOutputCoords();

          vec4 result = vec4(0.);
          int flatIndex, r, c, offset;
          ivec3 localCoords;
          vec2 uv;
          vec4 values;

          ${r}

          ${n.output} = ${s};
        }
    `}};function Dg(o){let e=Ce(),t=`${e.version}
    precision highp float;
    ${e.attribute} vec3 clipSpacePos;
    ${e.attribute} vec2 uv;
    ${e.varyingVs} vec2 resultUV;

    void main() {
      gl_Position = vec4(clipSpacePos, 1);
      resultUV = uv;
    }`;return sg(o,t)}function Bg(o){let e=new Float32Array([-1,1,0,0,1,-1,-1,0,0,0,1,1,0,1,1,1,-1,0,1,0]);return lg(o,e)}function Fg(o){let e=new Uint16Array([0,1,2,2,1,3]);return ug(o,e)}function sa(o,e,t,n,r,s){dg(e,t);let a=pg(o),i=o.TEXTURE_2D;return K(o,()=>o.bindTexture(i,a)),K(o,()=>o.texParameteri(i,o.TEXTURE_WRAP_S,o.CLAMP_TO_EDGE)),K(o,()=>o.texParameteri(i,o.TEXTURE_WRAP_T,o.CLAMP_TO_EDGE)),K(o,()=>o.texParameteri(i,o.TEXTURE_MIN_FILTER,o.NEAREST)),K(o,()=>o.texParameteri(i,o.TEXTURE_MAG_FILTER,o.NEAREST)),R().getNumber("WEBGL_VERSION")===1?K(o,()=>o.texImage2D(i,0,n,e,t,0,r,s,null)):K(o,()=>o.texStorage2D(i,1,n,e,t)),K(o,()=>o.bindTexture(o.TEXTURE_2D,null)),{texture:a,texShape:[t,e]}}function Lu(o){return o.internalFormatFloat}function Pg(o,e,t,n){let[r,s]=uo(e,t);return sa(o,r,s,Lu(n),n.textureFormatFloat,o.FLOAT)}function Mu(o){return o.internalFormatHalfFloat}function Og(o,e,t,n){let[r,s]=uo(e,t);return sa(o,r,s,Mu(n),n.textureFormatFloat,n.textureTypeHalfFloat)}function Qu(o){return o.downloadTextureFormat}function Lg(o,e,t,n){let[r,s]=uo(e,t);return sa(o,r,s,Qu(n),o.RGBA,o.UNSIGNED_BYTE)}function Uu(o){return o.internalFormatPackedFloat}function Mg(o,e,t,n){let[r,s]=Ct(e,t);return sa(o,r,s,Uu(n),o.RGBA,o.FLOAT)}function Vu(o){return o.internalFormatPackedHalfFloat}function Qg(o,e,t,n){let[r,s]=Ct(e,t);return sa(o,r,s,Vu(n),o.RGBA,n.textureTypeHalfFloat)}function Ug(o,e,t){return K(o,()=>o.bindBuffer(o.ARRAY_BUFFER,t)),Bu(o,e,"clipSpacePos",t,3,20,0)&&Bu(o,e,"uv",t,2,20,12)}function Vg(o,e,t,n,r,s){K(o,()=>o.bindTexture(o.TEXTURE_2D,e));let a,i,c;r instanceof Uint8Array?(a=new Uint8Array(t*n*4),i=o.UNSIGNED_BYTE,c=o.RGBA):(a=new Float32Array(t*n*4),i=o.FLOAT,c=s.internalFormatPackedFloat),a.set(r),R().getNumber("WEBGL_VERSION")===2?K(o,()=>o.texSubImage2D(o.TEXTURE_2D,0,0,0,t,n,o.RGBA,i,a)):K(o,()=>o.texImage2D(o.TEXTURE_2D,0,c,t,n,0,o.RGBA,i,a)),K(o,()=>o.bindTexture(o.TEXTURE_2D,null))}function zg(o,e,t){K(o,()=>o.bindTexture(o.TEXTURE_2D,e)),t.data instanceof Uint8Array?R().getNumber("WEBGL_VERSION")===2?K(o,()=>o.texSubImage2D(o.TEXTURE_2D,0,0,0,t.width,t.height,o.RGBA,o.UNSIGNED_BYTE,t.data)):K(o,()=>o.texImage2D(o.TEXTURE_2D,0,o.RGBA,t.width,t.height,0,o.RGBA,o.UNSIGNED_BYTE,t.data)):R().getNumber("WEBGL_VERSION")===2?K(o,()=>o.texSubImage2D(o.TEXTURE_2D,0,0,0,o.RGBA,o.UNSIGNED_BYTE,t)):K(o,()=>o.texImage2D(o.TEXTURE_2D,0,o.RGBA,o.RGBA,o.UNSIGNED_BYTE,t)),K(o,()=>o.bindTexture(o.TEXTURE_2D,null))}function Wg(o,e,t,n){let r=o.createBuffer();K(o,()=>o.bindBuffer(o.PIXEL_PACK_BUFFER,r));let i=4*4*e*t;return K(o,()=>o.bufferData(o.PIXEL_PACK_BUFFER,i,o.STREAM_READ)),K(o,()=>o.readPixels(0,0,t,e,o.RGBA,o.FLOAT,0)),K(o,()=>o.bindBuffer(o.PIXEL_PACK_BUFFER,null)),r}function Gg(o,e,t){let n=o,r=new Float32Array(t);return n.bindBuffer(n.PIXEL_PACK_BUFFER,e),n.getBufferSubData(n.PIXEL_PACK_BUFFER,0,r),n.bindBuffer(n.PIXEL_PACK_BUFFER,null),r}function Hg(o,e,t,n){let[r,s]=uo(e,t),a=4,i=new Uint8Array(og(e*t,a));return K(o,()=>o.readPixels(0,0,r,s,n.downloadTextureFormat,o.UNSIGNED_BYTE,i)),new Float32Array(i.buffer)}function qg(o,e,t,n,r,s,a,i){let c=o,u=new Float32Array(ng(s,a));return c.bindBuffer(c.PIXEL_PACK_BUFFER,e),c.getBufferSubData(c.PIXEL_PACK_BUFFER,0,u),c.bindBuffer(c.PIXEL_PACK_BUFFER,null),u}function Kg(o,e,t){let n=new Float32Array(e*t*4);return K(o,()=>o.readPixels(0,0,t,e,o.RGBA,o.FLOAT,n)),n}var En=class{constructor(e){this.outputTexture=null,this.program=null,this.disposed=!1,this.itemsToPoll=[];let t=R().getNumber("WEBGL_VERSION");if(e!=null?(this.gl=e,tg(t,e)):this.gl=He(t),e=this.gl,R().getNumber("WEBGL_VERSION")===2){let s=e;this.createVertexArray=()=>K(s,()=>s.createVertexArray()),this.bindVertexArray=a=>K(s,()=>s.bindVertexArray(a)),this.deleteVertexArray=a=>K(s,()=>s.deleteVertexArray(a)),this.getVertexArray=()=>K(s,()=>s.getParameter(s.VERTEX_ARRAY_BINDING))}else if(e!=null){let s=e.getExtension("OES_vertex_array_object");if(s==null)throw new Error("All WebGL1 implementations are expected to offer OES_vertex_array_object.");this.createVertexArray=()=>K(e,()=>s.createVertexArrayOES()),this.bindVertexArray=a=>K(e,()=>s.bindVertexArrayOES(a)),this.deleteVertexArray=a=>K(e,()=>s.deleteVertexArrayOES(a)),this.getVertexArray=()=>K(e,()=>e.getParameter(s.VERTEX_ARRAY_BINDING_OES))}let n="WEBGL_color_buffer_float",r="EXT_color_buffer_half_float";if(this.parallelCompilationExtension=this.gl.getExtension("KHR_parallel_shader_compile"),R().getNumber("WEBGL_VERSION")===1){let s="OES_texture_float",a="OES_texture_half_float";if(this.textureFloatExtension=ta(this.gl,s),tt(this.gl,a))this.textureHalfFloatExtension=ta(this.gl,a);else if(R().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support half float textures, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.");if(this.colorBufferFloatExtension=this.gl.getExtension(n),tt(this.gl,r))this.colorBufferHalfFloatExtension=ta(this.gl,r);else if(R().get("WEBGL_FORCE_F16_TEXTURES"))throw new Error("GL context does not support color renderable half floats, yet the environment flag WEBGL_FORCE_F16_TEXTURES is set to true.")}else if(n="EXT_color_buffer_float",tt(this.gl,n))this.colorBufferFloatExtension=this.gl.getExtension(n);else if(tt(this.gl,r))this.colorBufferHalfFloatExtension=this.gl.getExtension(r);else throw new Error("GL context does not support color renderable floats");this.vertexBuffer=Bg(this.gl),this.indexBuffer=Fg(this.gl),this.framebuffer=fg(this.gl),this.textureConfig=ea(this.gl,this.textureHalfFloatExtension)}get debug(){return R().getBool("DEBUG")}dispose(){if(this.disposed)return;this.program!=null&&console.warn("Disposing a GPGPUContext that still has a bound WebGLProgram. This is probably a resource leak, delete the program with GPGPUContext.deleteProgram before disposing."),this.outputTexture!=null&&console.warn("Disposing a GPGPUContext that still has a bound output matrix texture.  This is probably a resource leak, delete the output matrix texture with GPGPUContext.deleteMatrixTexture before disposing.");let e=this.gl;K(e,()=>e.finish()),K(e,()=>e.bindFramebuffer(e.FRAMEBUFFER,null)),K(e,()=>e.deleteFramebuffer(this.framebuffer)),K(e,()=>e.bindBuffer(e.ARRAY_BUFFER,null)),K(e,()=>e.bindBuffer(e.ELEMENT_ARRAY_BUFFER,null)),K(e,()=>e.deleteBuffer(this.indexBuffer)),this.disposed=!0}createFloat32MatrixTexture(e,t){return this.throwIfDisposed(),Pg(this.gl,e,t,this.textureConfig)}createFloat16MatrixTexture(e,t){return this.throwIfDisposed(),Og(this.gl,e,t,this.textureConfig)}createUnsignedBytesMatrixTexture(e,t){return this.throwIfDisposed(),Lg(this.gl,e,t,this.textureConfig)}uploadPixelDataToTexture(e,t){this.throwIfDisposed(),zg(this.gl,e,t)}uploadDenseMatrixToTexture(e,t,n,r){this.throwIfDisposed(),Vg(this.gl,e,t,n,r,this.textureConfig)}createFloat16PackedMatrixTexture(e,t){return this.throwIfDisposed(),Qg(this.gl,e,t,this.textureConfig)}createPackedMatrixTexture(e,t){return this.throwIfDisposed(),Mg(this.gl,e,t,this.textureConfig)}deleteMatrixTexture(e){this.throwIfDisposed(),this.outputTexture===e&&(Fu(this.gl,this.framebuffer),this.outputTexture=null),K(this.gl,()=>this.gl.deleteTexture(e))}downloadByteEncodedFloatMatrixFromOutputTexture(e,t,n){return this.downloadMatrixDriver(e,()=>Hg(this.gl,t,n,this.textureConfig))}downloadPackedMatrixFromBuffer(e,t,n,r,s,a){return qg(this.gl,e,t,n,r,s,a,this.textureConfig)}downloadFloat32MatrixFromBuffer(e,t){return Gg(this.gl,e,t)}createBufferFromTexture(e,t,n){this.bindTextureToFrameBuffer(e);let r=Wg(this.gl,t,n,this.textureConfig);return this.unbindTextureToFrameBuffer(),r}createAndWaitForFence(){let e=this.createFence(this.gl);return this.pollFence(e)}createFence(e){let t,n;if(R().getBool("WEBGL_FENCE_API_ENABLED")){let r=e,s=r.fenceSync(r.SYNC_GPU_COMMANDS_COMPLETE,0);e.flush(),n=()=>{let a=r.clientWaitSync(s,0,0);return a===r.ALREADY_SIGNALED||a===r.CONDITION_SATISFIED},t=s}else R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")>0?(t=this.beginQuery(),this.endQuery(),n=()=>this.isQueryAvailable(t,R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))):n=()=>!0;return{query:t,isFencePassed:n}}downloadMatrixFromPackedTexture(e,t,n){return this.downloadMatrixDriver(e,()=>Kg(this.gl,t,n))}createProgram(e){this.throwIfDisposed();let t=this.gl;this.vertexShader==null&&(this.vertexShader=Dg(t));let n=ig(t);K(t,()=>t.attachShader(n,this.vertexShader)),K(t,()=>t.attachShader(n,e)),cg(t,n);let r=Object.assign(n,{vao:this.createVertexArray()});return this.debug&&qa(t,r),r}buildVao(e){this.setProgram(e),this.bindVertexArray(e.vao);let t=this.gl;K(t,()=>t.bindBuffer(t.ELEMENT_ARRAY_BUFFER,this.indexBuffer)),Ug(t,e,this.vertexBuffer)}deleteProgram(e){this.throwIfDisposed(),e===this.program&&(this.program=null),e!=null&&(K(this.gl,()=>this.gl.deleteProgram(e)),this.deleteVertexArray(e.vao))}setProgram(e){this.throwIfDisposed(),this.program=e,this.program!=null&&this.debug&&qa(this.gl,this.program),K(this.gl,()=>this.gl.useProgram(e))}getUniformLocation(e,t,n=!0){return this.throwIfDisposed(),n?hg(this.gl,e,t):mg(this.gl,e,t)}getAttributeLocation(e,t){return this.throwIfDisposed(),K(this.gl,()=>this.gl.getAttribLocation(e,t))}getUniformLocationNoThrow(e,t){return this.throwIfDisposed(),this.gl.getUniformLocation(e,t)}setInputMatrixTexture(e,t,n){this.throwIfDisposed(),this.throwIfNoProgram(),gg(this.gl,e,t,n)}setOutputMatrixTexture(e,t,n){this.setOutputMatrixTextureDriver(e,n,t)}setOutputPackedMatrixTexture(e,t,n){this.throwIfDisposed();let[r,s]=Ct(t,n);this.setOutputMatrixTextureDriver(e,r,s)}setOutputMatrixWriteRegion(e,t,n,r){this.setOutputMatrixWriteRegionDriver(n,e,r,t)}setOutputPackedMatrixWriteRegion(e,t,n,r){throw new Error("setOutputPackedMatrixWriteRegion not implemented.")}debugValidate(){this.program!=null&&qa(this.gl,this.program),oa(this.gl)}executeProgram(){this.throwIfDisposed(),this.throwIfNoProgram();let e=this.gl;if(this.debug){let t=this.getVertexArray();console.assert(t===this.program.vao,"VAO changed between setProgram and executeProgram!"),this.debugValidate()}K(e,()=>e.drawElements(e.TRIANGLES,6,e.UNSIGNED_SHORT,0))}blockUntilAllProgramsCompleted(){this.throwIfDisposed(),K(this.gl,()=>this.gl.finish())}getQueryTimerExtension(){return this.disjointQueryTimerExtension==null&&(this.disjointQueryTimerExtension=ta(this.gl,R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2?"EXT_disjoint_timer_query_webgl2":"EXT_disjoint_timer_query")),this.disjointQueryTimerExtension}getQueryTimerExtensionWebGL2(){return this.getQueryTimerExtension()}getQueryTimerExtensionWebGL1(){return this.getQueryTimerExtension()}beginQuery(){if(R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let n=this.gl,r=this.getQueryTimerExtensionWebGL2(),s=n.createQuery();return n.beginQuery(r.TIME_ELAPSED_EXT,s),s}let e=this.getQueryTimerExtensionWebGL1(),t=e.createQueryEXT();return e.beginQueryEXT(e.TIME_ELAPSED_EXT,t),t}endQuery(){if(R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION")===2){let t=this.gl,n=this.getQueryTimerExtensionWebGL2();t.endQuery(n.TIME_ELAPSED_EXT);return}let e=this.getQueryTimerExtensionWebGL1();e.endQueryEXT(e.TIME_ELAPSED_EXT)}async waitForQueryAndGetTime(e){return await C.repeatedTry(()=>this.disposed||this.isQueryAvailable(e,R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))),this.getQueryTime(e,R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_VERSION"))}getQueryTime(e,t){if(t===0)return null;if(t===2){let n=this.gl;return n.getQueryParameter(e,n.QUERY_RESULT)/1e6}else{let n=this.getQueryTimerExtensionWebGL1();return n.getQueryObjectEXT(e,n.QUERY_RESULT_EXT)/1e6}}isQueryAvailable(e,t){if(t===0)return!0;if(t===2){let n=this.gl,r=this.getQueryTimerExtensionWebGL2(),s=n.getQueryParameter(e,n.QUERY_RESULT_AVAILABLE);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(r.GPU_DISJOINT_EXT)),s&&!this.disjoint}else{let n=this.getQueryTimerExtensionWebGL1(),r=n.getQueryObjectEXT(e,n.QUERY_RESULT_AVAILABLE_EXT);return this.disjoint==null&&(this.disjoint=this.gl.getParameter(n.GPU_DISJOINT_EXT)),r&&!this.disjoint}}pollFence(e){return new Promise(t=>{this.addItemToPoll(()=>e.isFencePassed(),()=>t())})}pollItems(){let e=x$(this.itemsToPoll.map(t=>t.isDoneFn));for(let t=0;t<=e;++t){let{resolveFn:n}=this.itemsToPoll[t];n()}this.itemsToPoll=this.itemsToPoll.slice(e+1)}addItemToPoll(e,t){if(this.itemsToPoll.push({isDoneFn:e,resolveFn:t}),this.itemsToPoll.length>1)return;let n;"setTimeoutCustom"in R().platform&&(n=R().platform.setTimeoutCustom.bind(R().platform)),C.repeatedTry(()=>(this.pollItems(),this.itemsToPoll.length===0),()=>0,null,n)}bindTextureToFrameBuffer(e){this.throwIfDisposed(),Ka(this.gl,e,this.framebuffer),this.debug&&oa(this.gl)}unbindTextureToFrameBuffer(){this.outputTexture!=null?(Ka(this.gl,this.outputTexture,this.framebuffer),this.debug&&oa(this.gl)):Fu(this.gl,this.framebuffer)}downloadMatrixDriver(e,t){this.bindTextureToFrameBuffer(e);let n=t();return this.unbindTextureToFrameBuffer(),n}setOutputMatrixTextureDriver(e,t,n){this.throwIfDisposed();let r=this.gl;Ka(r,e,this.framebuffer),this.debug&&oa(r),this.outputTexture=e,K(r,()=>r.viewport(0,0,t,n)),K(r,()=>r.scissor(0,0,t,n))}setOutputMatrixWriteRegionDriver(e,t,n,r){this.throwIfDisposed(),K(this.gl,()=>this.gl.scissor(e,t,n,r))}throwIfDisposed(){if(this.disposed)throw new Error("Attempted to use disposed GPGPUContext.")}throwIfNoProgram(){if(this.program==null)throw new Error("No GPU program is currently set.")}};function x$(o){let e=0;for(;e<o.length&&o[e]();++e);return e-1}var{addImpl:Xg,bincountImpl:ni,bincountReduceImpl:jg,bitwiseAndImpl:Yg,castImpl:Jg,ceilImpl:Zg,concatImpl:eA,equalImpl:tA,expImpl:oA,expm1Impl:nA,floorImpl:rA,gatherNdImpl:sA,gatherV2Impl:aA,greaterImpl:iA,greaterEqualImpl:cA,lessImpl:lA,lessEqualImpl:uA,linSpaceImpl:pA,logImpl:dA,maxImpl:fA,maximumImpl:hA,minimumImpl:mA,multiplyImpl:gA,negImpl:AA,notEqualImpl:xA,prodImpl:CA,raggedGatherImpl:bA,raggedRangeImpl:yA,raggedTensorToTensorImpl:wA,rangeImpl:IA,rsqrtImpl:kA,scatterImpl:SA,sigmoidImpl:EA,simpleAbsImpl:ri,sliceImpl:_A,sparseFillEmptyRowsImpl:vA,sparseReshapeImpl:$A,sparseSegmentReductionImpl:si,sqrtImpl:RA,staticRegexReplaceImpl:NA,stridedSliceImpl:TA,stringNGramsImpl:DA,stringSplitImpl:BA,stringToHashBucketFastImpl:FA,subImpl:PA,tileImpl:OA,topKImpl:LA,transposeImpl:mo,uniqueImpl:MA}=Af;function zu(o,e){return["x","y","z","w","u","v"].slice(0,e).map(t=>`${o}.${t}`)}function ye(o,e){return e===1?[o]:zu(o,e)}function QA(o,e){if(o===1)return"rc";let t="";for(let n=0;n<o;n++)t+=e[n],n<o-1&&(t+=",");return t}var ai=class{constructor(e){if(this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0,this.outputShape=e,this.rank=e.length,this.enableShapeUniforms=ue(this.outputShape.length),this.rank===0)this.userCode=`
        void main() {
          setOutput(vec4(getA(), 0., 0., 0.));
        }
      `;else{let t=ye("rc",this.rank),n=te(this.rank),r=this.getOutOfBoundsCondition(t),s=this.getSetup(t),a=this.getOutput(t);this.userCode=`
        void main() {
          ${n} rc = getOutputCoords();

          if(${r}) {
            setOutput(vec4(0));
          } else {
            ${s}

            setOutput(vec4(${a}));
          }
        }
      `}}getSourceCoordsArr(e){let t=[];for(let n=0;n<=1;n++)for(let r=0;r<=1;r++){let s=`${n===0?"r":"rp1"}, ${r===0?"c":"cp1"}`;for(let a=2;a<this.rank;a++)s=`${e[e.length-1-a]},`+s;t.push(s)}return t}getOutOfBoundsCondition(e){if(this.rank===1)return`rc > ${this.enableShapeUniforms?"outShape":this.outputShape[0]}`;let t="";for(let n=this.rank-2;n<this.rank;n++)t+=`${e[n]} >= ${this.enableShapeUniforms?`outShape[${n}]`:this.outputShape[n]}`,n<this.rank-1&&(t+="||");return t}getSetup(e){if(this.rank===1)return"";let t=e.slice(-2),n=this.enableShapeUniforms?`outShape[${this.rank} - 1]`:this.outputShape[this.rank-1],r=this.enableShapeUniforms?`outShape[${this.rank} - 2]`:this.outputShape[this.rank-2];return`
      int r = ${t[0]};
      int c = ${t[1]};
      int rp1 = r + 1;
      int cp1 = c + 1;

      bool cEdge = cp1 >= ${n};
      bool rEdge = rp1 >= ${r};
    `}getOutput(e){let t=this.getSourceCoordsArr(e);return this.rank===1?`getA(rc), (rc + 1 >= ${this.enableShapeUniforms?"outShape":this.outputShape[0]} ? 0. : getA(rc + 1)), 0, 0`:`getA(${t[0]}),
            cEdge ? 0. : getA(${t[1]}),
            rEdge ? 0. : getA(${t[2]}),
            rEdge || cEdge ? 0. : getA(${t[3]})`}};var _n=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec3"}],this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let n="";for(let r=0;r<4;r++){let s="thisRC = rc;";r%2===1&&(s+="thisRC.z += 1;"),r>1&&(s+="thisRC.y += 1;"),n+=`
        ${s}
        ${r>0?"if(thisRC.y < rows && thisRC.z < cols){":""}
          int flatIndex = getFlatIndex(thisRC);

          ivec3 inputRC = inputCoordsFromReshapedOutCoords(flatIndex);
          vec2 inputRCInnerDims = vec2(float(inputRC.y),float(inputRC.z));

          result[${r}] =
            getChannel(getA(inputRC.x, inputRC.y, inputRC.z), inputRCInnerDims);
        ${r>0?"}":""}
      `}this.userCode=`
      ${C$(t,this.enableShapeUniforms)}
      ${this.enableShapeUniforms?bn():Cn(e)}

      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0.);

        ivec3 thisRC;
        int rows = ${this.enableShapeUniforms?"outShape[1]":e[1]};
        int cols = ${this.enableShapeUniforms?"outShape[2]":e[2]};

        ${n}

        setOutput(result);
      }
    `}};function C$(o,e){return`
    ivec3 inputCoordsFromReshapedOutCoords(int index) {
      ${e?kg(["r","c","d"],"inputShape"):dt(["r","c","d"],o)}
      return ivec3(r, c, d);
    }
  `}var ii=class{constructor(e){this.gpgpu=e,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0,this.freeTextures={},this.usedTextures={},this.logEnabled=!1}acquireTexture(e,t,n){let r=VA(t,n),s=zA(e,r,n);s in this.freeTextures||(this.freeTextures[s]=[]),s in this.usedTextures||(this.usedTextures[s]=[]);let a=UA(e,r,this.gpgpu.gl,this.gpgpu.textureConfig,n);if(this.freeTextures[s].length>0){this.numFreeTextures--,this.numUsedTextures++,this._numBytesFree-=a,this.log();let c=this.freeTextures[s].pop();return this.usedTextures[s].push(c),c}let i;return r===Re.PACKED_2X2_FLOAT32?i=this.gpgpu.createPackedMatrixTexture(e[0],e[1]):r===Re.PACKED_2X2_FLOAT16?i=this.gpgpu.createFloat16PackedMatrixTexture(e[0],e[1]):r===Re.UNPACKED_FLOAT32?i=this.gpgpu.createFloat32MatrixTexture(e[0],e[1]):r===Re.UNPACKED_FLOAT16?i=this.gpgpu.createFloat16MatrixTexture(e[0],e[1]):r===Re.PACKED_4X1_UNSIGNED_BYTE&&(i=this.gpgpu.createUnsignedBytesMatrixTexture(e[0],e[1])),this.usedTextures[s].push(i),this.numUsedTextures++,this._numBytesAllocated+=a,this.log(),i}releaseTexture(e,t,n,r){if(this.freeTextures==null)return;let s=VA(n,r),a=zA(t,s,r);a in this.freeTextures||(this.freeTextures[a]=[]);let i=UA(t,s,this.gpgpu.gl,this.gpgpu.textureConfig,r),c=R().getNumber("WEBGL_DELETE_TEXTURE_THRESHOLD");c!==-1&&this._numBytesAllocated>c?(this.gpgpu.deleteMatrixTexture(e.texture),this._numBytesAllocated-=i):(this.freeTextures[a].push(e),this.numFreeTextures++,this._numBytesFree+=i),this.numUsedTextures--;let u=this.usedTextures[a],l=u&&u.indexOf(e);if(l==null||l<0)throw new Error("Cannot release a texture that was never provided by this texture manager");u[l]=u[u.length-1],u.pop(),this.log()}log(){if(!this.logEnabled)return;let e=this.numFreeTextures+this.numUsedTextures;console.log("Free/Used",`${this.numFreeTextures} / ${this.numUsedTextures}`,`(${e})`);let t=this._numBytesFree/this._numBytesAllocated;console.log(`Bytes allocated: ${this._numBytesAllocated}`),console.log(`Bytes unused: ${this._numBytesFree} (${Math.round(100*t)}%)`)}get numBytesAllocated(){return this._numBytesAllocated}get numBytesFree(){return this._numBytesFree}getNumUsedTextures(){return this.numUsedTextures}getNumFreeTextures(){return this.numFreeTextures}dispose(){if(this.freeTextures!=null){for(let e in this.freeTextures)this.freeTextures[e].forEach(t=>{this.gpgpu.deleteMatrixTexture(t.texture)});for(let e in this.usedTextures)this.usedTextures[e].forEach(t=>{this.gpgpu.deleteMatrixTexture(t.texture)});this.freeTextures=null,this.usedTextures=null,this.numUsedTextures=0,this.numFreeTextures=0,this._numBytesAllocated=0,this._numBytesFree=0}}};function b$(o,e){let t=o;if(e===t.R32F)return 4;if(e===t.R16F)return 2;if(e===t.RGBA32F)return 16;if(e===o.RGBA)return 16;if(e===t.RGBA16F)return 8;if(e===t.RGBA8)return 4;throw new Error(`Unknown internal format ${e}`)}function UA(o,e,t,n,r){let s=y$(e,n),a;if(r){let[c,u]=Ct(o[0],o[1]);a=c*u}else{let[c,u]=uo(o[0],o[1]);a=c*u}let i=b$(t,s);return a*i}function y$(o,e){switch(o){case Re.PACKED_2X2_FLOAT32:return Uu(e);case Re.PACKED_2X2_FLOAT16:return Vu(e);case Re.UNPACKED_FLOAT32:return Lu(e);case Re.UNPACKED_FLOAT16:return Mu(e);case Re.PACKED_4X1_UNSIGNED_BYTE:return Qu(e);default:throw new Error(`Unknown physical texture type ${o}`)}}function w$(o){return R().getBool("WEBGL_RENDER_FLOAT32_ENABLED")?o?Re.PACKED_2X2_FLOAT32:Re.UNPACKED_FLOAT32:o?Re.PACKED_2X2_FLOAT16:Re.UNPACKED_FLOAT16}function VA(o,e){if(o===Te.UPLOAD)return Re.PACKED_2X2_FLOAT32;if(o===Te.RENDER||o==null)return w$(e);if(o===Te.DOWNLOAD||o===Te.PIXELS)return Re.PACKED_4X1_UNSIGNED_BYTE;throw new Error(`Unknown logical texture type ${o}`)}function zA(o,e,t){return`${o[0]}_${o[1]}_${e}_${t}`}var Ne=class{constructor(e,t){this.variableNames=["A"],this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      float unaryOperation(float x) {
        ${t}
      }

      void main() {
        float x = getAAtOutCoords();
        float y = unaryOperation(x);

        setOutput(y);
      }
    `}},Ee="if (isnan(x)) return x;",WA="return x;",Wu="return abs(x);";var GA="return (x >= 0.0) ? x : (exp(x) - 1.0);",HA=Ee+`
  return (x < 0.0) ? 0.0 : x;
`,qA=Ee+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,yt="return x;",KA="return 1.0 / (1.0 + exp(-1.0 * x));";var jA="return x;",YA=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,JA=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,ZA=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,ex="return 1.0 / (1.0 + exp(-1.0 * x));",Me=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      vec4 unaryOperation(vec4 x) {
        ${t}
      }

      void main() {
        vec4 x = getAAtOutCoords();
        vec4 y = unaryOperation(x);

        setOutput(y);
      }
    `}};var ci=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!1,this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let t=e.length,n=ye("rc",t),r=te(t),s=QA(t,n),a=n.slice(-2),i=t<=1?"rc":`vec2(${a.join(",")})`;this.userCode=`
      void main() {
        ${r} rc = getOutputCoords();
        vec4 packedInput = getA(${s});

        setOutput(getChannel(packedInput, ${i}));
      }
    `}};var k$=Be.whereImpl,S$=1e-7,E$=1e-4,li={};function _$(o){return o in li||(li[o]={}),li[o]}var v$=R().getNumber("CPU_HANDOFF_SIZE_THRESHOLD"),$$=600;function R$(){return R().global.screen==null?1024:R().global.screen.height*R().global.screen.width*window.devicePixelRatio*$$/1024/1024}var aa=class o extends Gn{nextDataId(){return o.nextDataId++}constructor(e){if(super(),this.pendingRead=new WeakMap,this.pendingDisposal=new WeakSet,this.dataRefCount=new WeakMap,this.numBytesInGPU=0,this.uploadWaitMs=0,this.downloadWaitMs=0,this.lastGlFlushTime=0,this.warnedAboutMemory=!1,this.pendingDeletes=0,this.disposed=!1,!R().getBool("HAS_WEBGL"))throw new Error("WebGL is not supported on this device");let t;if(e!=null){if(e instanceof En)t=e;else{let n=He(R().getNumber("WEBGL_VERSION"),e);t=new En(n)}this.binaryCache={},this.gpgpuCreatedLocally=!1}else{let n=He(R().getNumber("WEBGL_VERSION"));t=new En(n),this.binaryCache=_$(R().getNumber("WEBGL_VERSION")),this.gpgpuCreatedLocally=!0}this.gpgpu=t,this.canvas=this.gpgpu.gl.canvas,this.textureManager=new ii(this.gpgpu),this.numMBBeforeWarning=R$(),this.texData=new Wn(this,Ze())}numDataIds(){return this.texData.numDataIds()-this.pendingDeletes}writeTexture(e,t,n,r,s,a){let i=this.makeTensorInfo(t,n),c=this.texData.get(i.dataId);c.isPacked=!1,c.texture={texture:e,texShape:[r,s]},c.texShape=[r,s];let u=na(t),l=new ra(u,!1,a),p=this.runWebGLProgram(l,[i],n,[[r,s]]);return p.shape=t,c.texture=null,this.disposeIntermediateTensorInfo(i),p.dataId}write(e,t,n){if((R().getBool("WEBGL_CHECK_NUMERICAL_PROBLEMS")||R().getBool("DEBUG"))&&this.checkNumericalProblems(e),n==="complex64"&&e!=null)throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");let r={id:this.nextDataId()};return this.texData.set(r,{shape:t,dtype:n,values:e,usage:Te.UPLOAD,refCount:1}),r}refCount(e){return this.texData.has(e)?this.texData.get(e).refCount:0}incRef(e){let t=this.texData.get(e);t.refCount++}decRef(e){if(this.texData.has(e)){let t=this.texData.get(e);t.refCount--}}move(e,t,n,r,s){if(R().getBool("DEBUG")&&this.checkNumericalProblems(t),r==="complex64")throw new Error("Cannot write to a complex64 dtype. Please use tf.complex(real, imag).");this.texData.set(e,{shape:n,dtype:r,values:t,usage:Te.UPLOAD,refCount:s})}disposeIntermediateTensorInfo(e){this.disposeData(e.dataId)}readSync(e){let t=this.texData.get(e),{values:n,dtype:r,complexTensorInfos:s,slice:a,shape:i,isPacked:c}=t;if(a!=null){let d;c?d=new Me(i,yt):d=new Ne(i,yt);let f=this.runWebGLProgram(d,[{dataId:e,shape:i,dtype:r}],r),h=this.readSync(f.dataId);return this.disposeIntermediateTensorInfo(f),h}if(n!=null)return this.convertAndCacheOnCPU(e);if(r==="string")return n;let u=this.activeTimers!=null,l;u&&(l=C.now());let p;if(r==="complex64"){let d=this.readSync(s.real.dataId),f=this.readSync(s.imag.dataId);p=w.mergeRealAndImagArrays(d,f)}else p=this.getValuesFromTexture(e);return u&&(this.downloadWaitMs+=C.now()-l),this.convertAndCacheOnCPU(e,p)}async read(e){if(this.pendingRead.has(e)){let h=this.pendingRead.get(e);return new Promise(m=>h.push(m))}let t=this.texData.get(e),{values:n,shape:r,slice:s,dtype:a,complexTensorInfos:i,isPacked:c}=t;if(s!=null){let h;c?h=new Me(r,yt):h=new Ne(r,yt);let m=this.runWebGLProgram(h,[{dataId:e,shape:r,dtype:a}],a),A=this.read(m.dataId);return this.disposeIntermediateTensorInfo(m),A}if(n!=null)return this.convertAndCacheOnCPU(e);if(R().getBool("DEBUG")&&!R().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")&&R().getNumber("WEBGL_VERSION")===2)throw new Error("tensor.data() with WEBGL_DOWNLOAD_FLOAT_ENABLED=false and WEBGL_VERSION=2 not yet supported.");let u=null,l;if(a!=="complex64"&&R().get("WEBGL_BUFFER_SUPPORTED")){l=this.decode(e);let h=this.texData.get(l.dataId);u=this.gpgpu.createBufferFromTexture(h.texture.texture,...Zs(r))}this.pendingRead.set(e,[]),a!=="complex64"&&await this.gpgpu.createAndWaitForFence();let p;if(a==="complex64"){let h=await Promise.all([this.read(i.real.dataId),this.read(i.imag.dataId)]),m=h[0],A=h[1];p=w.mergeRealAndImagArrays(m,A)}else if(u==null)p=this.getValuesFromTexture(e);else{let h=C.sizeFromShape(r);p=this.gpgpu.downloadFloat32MatrixFromBuffer(u,h)}if(l!=null&&this.disposeIntermediateTensorInfo(l),u!=null){let h=this.gpgpu.gl;K(h,()=>h.deleteBuffer(u))}let d=this.convertAndCacheOnCPU(e,p),f=this.pendingRead.get(e);return this.pendingRead.delete(e),f.forEach(h=>h(d)),this.pendingDisposal.has(e)&&(this.pendingDisposal.delete(e),this.disposeData(e)&&Ze().removeDataId(e,this),this.pendingDeletes--),d}readToGPU(e,t={}){let n=this.texData.get(e),{values:r,shape:s,slice:a,dtype:i,isPacked:c,texture:u}=n;if(i==="complex64")throw new Error("Does not support reading texture for complex64 dtype.");if(a!=null){let f;c?f=new Me(s,yt):f=new Ne(s,yt);let h=this.runWebGLProgram(f,[{dataId:e,shape:s,dtype:i}],i),m=this.readToGPU(h,t);return this.disposeIntermediateTensorInfo(h),m}if(u==null)throw r!=null?new Error("Data is not on GPU but on CPU."):new Error("There is no data on GPU or CPU.");let l=this.decode(e,t.customTexShape),p=Ze().makeTensorFromTensorInfo(l),d=this.texData.get(l.dataId);return Object.assign({tensorRef:p},d.texture)}bufferSync(e){let t=this.readSync(e.dataId);if(e.dtype==="string")try{let n=t.map(r=>C.decodeString(r));return ae(e.shape,e.dtype,n)}catch{throw new Error("Failed to decode encoded string bytes into utf-8")}return ae(e.shape,e.dtype,t)}checkNumericalProblems(e){if(e!=null)for(let t=0;t<e.length;t++){let n=e[t];if(!rg(n))throw R().getBool("WEBGL_RENDER_FLOAT32_CAPABLE")?Error(`The value ${n} cannot be represented with your current settings. Consider enabling float32 rendering: 'tf.env().set('WEBGL_RENDER_FLOAT32_ENABLED', true);'`):Error(`The value ${n} cannot be represented on this device.`)}}getValuesFromTexture(e){let{shape:t,dtype:n,isPacked:r}=this.texData.get(e),s=C.sizeFromShape(t);if(R().getBool("WEBGL_DOWNLOAD_FLOAT_ENABLED")){let d=this.decode(e),f=this.texData.get(d.dataId),h=this.gpgpu.downloadMatrixFromPackedTexture(f.texture.texture,...Zs(t)).subarray(0,s);return this.disposeIntermediateTensorInfo(d),h}let a=R().getBool("WEBGL_PACK")&&r===!0,i=a?na(t):t,c=a?new ti(i):new ei(i),u=this.runWebGLProgram(c,[{shape:i,dtype:n,dataId:e}],"float32"),l=this.texData.get(u.dataId),p=this.gpgpu.downloadByteEncodedFloatMatrixFromOutputTexture(l.texture.texture,l.texShape[0],l.texShape[1]).subarray(0,s);return this.disposeIntermediateTensorInfo(u),p}timerAvailable(){return R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0}time(e){let t=this.activeTimers,n=[],r=!1;this.programTimersStack==null?(this.programTimersStack=n,r=!0):this.activeTimers.push(n),this.activeTimers=n,e();let s=C.flatten(this.activeTimers.map(c=>c.query)).filter(c=>c!=null),a=C.flatten(this.activeTimers.map(c=>c.name)).filter(c=>c!=null);this.activeTimers=t,r&&(this.programTimersStack=null);let i={uploadWaitMs:this.uploadWaitMs,downloadWaitMs:this.downloadWaitMs,kernelMs:null,wallMs:null};return(async()=>{if(R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0){let c=await Promise.all(s);i.kernelMs=C.sum(c),i.getExtraProfileInfo=()=>c.map((u,l)=>({name:a[l],ms:u})).map(u=>`${u.name}: ${u.ms}`).join(", ")}else i.kernelMs={error:"WebGL query timers are not supported in this environment."};return this.uploadWaitMs=0,this.downloadWaitMs=0,i})()}memory(){return{unreliable:!1,numBytesInGPU:this.numBytesInGPU,numBytesInGPUAllocated:this.textureManager.numBytesAllocated,numBytesInGPUFree:this.textureManager.numBytesFree}}startTimer(){return R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?this.gpgpu.beginQuery():{startMs:C.now(),endMs:null}}endTimer(e){return R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0?(this.gpgpu.endQuery(),e):(e.endMs=C.now(),e)}async getQueryTime(e){if(R().getNumber("WEBGL_DISJOINT_QUERY_TIMER_EXTENSION_RELIABLE")>0)return this.gpgpu.waitForQueryAndGetTime(e);let t=e;return t.endMs-t.startMs}disposeData(e,t=!1){if(this.pendingDisposal.has(e))return!1;if(!this.texData.has(e))return!0;if(t?this.texData.get(e).refCount=0:this.texData.get(e).refCount--,!t&&this.texData.get(e).refCount>0)return!1;if(this.pendingRead.has(e))return this.pendingDisposal.add(e),this.pendingDeletes++,!1;this.releaseGPUData(e);let{complexTensorInfos:n}=this.texData.get(e);return n!=null&&(this.disposeData(n.real.dataId,t),this.disposeData(n.imag.dataId,t)),this.texData.delete(e),!0}releaseGPUData(e){let{texture:t,dtype:n,texShape:r,usage:s,isPacked:a,slice:i}=this.texData.get(e),c=i&&i.origDataId||e,u=this.dataRefCount.get(c);u>1?this.dataRefCount.set(c,u-1):(this.dataRefCount.delete(c),t!=null&&(this.numBytesInGPU-=this.computeBytes(r,n),this.textureManager.releaseTexture(t,r,s,a)));let l=this.texData.get(e);l.texture=null,l.texShape=null,l.isPacked=!1,l.slice=null}getTexture(e){return this.uploadToGPU(e),this.texData.get(e).texture.texture}getDataInfo(e){return this.texData.get(e)}shouldExecuteOnCPU(e,t=v$){return R().getBool("WEBGL_CPU_FORWARD")&&e.every(n=>this.texData.get(n.dataId).texture==null&&C.sizeFromShape(n.shape)<t)}getGPGPUContext(){return this.gpgpu}where(e){w.warn("tf.where() in webgl locks the UI thread. Call tf.whereAsync() instead");let t=e.dataSync();return k$(e.shape,t)}packedUnaryOp(e,t,n){let r=new Me(e.shape,t),s=this.compileAndRun(r,[e],n);return Ze().makeTensorFromTensorInfo(s)}abs(e){if(this.shouldExecuteOnCPU([e])&&e.dtype!=="complex64"){let r=ri(this.texData.get(e.dataId).values);return this.makeOutput(e.shape,e.dtype,r)}if(R().getBool("WEBGL_PACK_UNARY_OPERATIONS"))return this.packedUnaryOp(e,Wu,e.dtype);let t=new Ne(e.shape,Wu),n=this.compileAndRun(t,[e]);return Ze().makeTensorFromTensorInfo(n)}makeTensorInfo(e,t,n){let r;if(t==="string"&&n!=null&&n.length>0&&C.isString(n[0])){let s=n.map(a=>C.encodeString(a));r=this.write(s,e,t)}else r=this.write(n,e,t);return this.texData.get(r).usage=null,{dataId:r,shape:e,dtype:t}}makeOutput(e,t,n){return Ze().makeTensorFromTensorInfo(this.makeTensorInfo(e,t,n),this)}unpackTensor(e){let t=new ci(e.shape);return this.runWebGLProgram(t,[e],e.dtype)}packTensor(e){let t=new ai(e.shape);return this.runWebGLProgram(t,[e],e.dtype,null,!0)}packedReshape(e,t){let n=[Gt(e.shape),...Ht(e.shape)],r={dtype:e.dtype,shape:n,dataId:e.dataId},s=[Gt(t),...Ht(t)],a=new _n(s,n),i=!0,c=[n],u=this.runWebGLProgram(a,[r],e.dtype,c,i);return{dataId:u.dataId,shape:t,dtype:u.dtype}}decode(e,t){let n=this.texData.get(e),{isPacked:r,shape:s,dtype:a}=n;if(t!=null){let d=C.sizeFromShape(s),f=t[0]*t[1]*4;C.assert(d<=f,()=>"customTexShape is too small. Row * Column * 4 should be equal or larger than the size of the tensor data.")}let i=na(s),c;r?c=new Za(i):c=new Ja(i);let u=!0,l=[t??Zs(i)],p=this.runWebGLProgram(c,[{shape:i,dtype:a,dataId:e}],a,l,u,t);return{dtype:a,shape:s,dataId:p.dataId}}runWebGLProgram(e,t,n,r,s=!1,a){let i=this.makeTensorInfo(e.outputShape,n),c=this.texData.get(i.dataId);if(e.packedOutput&&(c.isPacked=!0),e.outPackingScheme===Wt.DENSE){let g=a??Zs(e.outputShape);c.texShape=g.map(x=>x*2)}if(e.outTexUsage!=null&&(c.usage=e.outTexUsage),C.sizeFromShape(i.shape)===0)return c.values=C.getTypedArrayFromDType(i.dtype,0),i;let u=[],l=t.map(g=>{if(g.dtype==="complex64")throw new Error("GPGPUProgram does not support complex64 input. For complex64 dtypes, please separate the program into real and imaginary parts.");let x=this.texData.get(g.dataId);if(x.texture==null){if(!e.packedInputs&&C.sizeFromShape(g.shape)<=R().getNumber("WEBGL_SIZE_UPLOAD_UNIFORM"))return{shape:g.shape,texData:null,isUniform:!0,uniformValues:x.values};e.packedInputs&&(x.isPacked=!0,x.shape=g.shape)}if(this.uploadToGPU(g.dataId),!!x.isPacked!=!!e.packedInputs)g=x.isPacked?this.unpackTensor(g):this.packTensor(g),u.push(g),x=this.texData.get(g.dataId);else if(x.isPacked&&!po(x.shape,g.shape)){let b=g,y=g.shape;g.shape=x.shape,g=this.packedReshape(g,y),u.push(g),x=this.texData.get(g.dataId),b.shape=y}return{shape:g.shape,texData:x,isUniform:!1}});this.uploadToGPU(i.dataId);let p={shape:i.shape,texData:c,isUniform:!1},d=Tg(e,l,p),f=this.getAndSaveBinary(d,()=>Rg(this.gpgpu,e,l,p)),h=this.activeTimers!=null,m;h&&(m=this.startTimer()),R().get("ENGINE_COMPILE_ONLY")||Ng(this.gpgpu,f,l,p,r),u.forEach(g=>this.disposeIntermediateTensorInfo(g)),h&&(m=this.endTimer(m),this.activeTimers.push({name:e.constructor.name,query:this.getQueryTime(m)}));let A=R().getNumber("WEBGL_FLUSH_THRESHOLD");if(A>0){let g=C.now();g-this.lastGlFlushTime>A&&(this.gpgpu.gl.flush(),this.lastGlFlushTime=g)}if(!R().getBool("WEBGL_LAZILY_UNPACK")&&c.isPacked&&s===!1){let g=this.unpackTensor(i);return this.disposeIntermediateTensorInfo(i),g}return i}compileAndRun(e,t,n,r,s=!1){return n=n||t[0].dtype,this.runWebGLProgram(e,t,n,r,s)}getAndSaveBinary(e,t){return e in this.binaryCache||(this.binaryCache[e]=t()),this.binaryCache[e]}getTextureManager(){return this.textureManager}dispose(){this.disposed||(R().getBool("IS_TEST")||Object.keys(this.binaryCache).forEach(t=>{this.gpgpu.deleteProgram(this.binaryCache[t].webGLProgram),delete this.binaryCache[t]}),this.textureManager.dispose(),this.canvas!=null&&typeof HTMLCanvasElement<"u"&&this.canvas instanceof HTMLCanvasElement?this.canvas.remove():this.canvas=null,this.gpgpuCreatedLocally&&(this.gpgpu.program=null,this.gpgpu.dispose()),this.disposed=!0)}floatPrecision(){return this.floatPrecisionValue==null&&(this.floatPrecisionValue=no(()=>{if(!R().get("WEBGL_RENDER_FLOAT32_ENABLED")){let e=R().getBool("DEBUG");R().set("DEBUG",!1);let t=this.abs(Ws(1e-8)).dataSync()[0];if(R().set("DEBUG",e),t>0)return 32}return 16})),this.floatPrecisionValue}epsilon(){return this.floatPrecision()===32?S$:E$}uploadToGPU(e){let t=this.texData.get(e),{shape:n,dtype:r,values:s,texture:a,usage:i,isPacked:c}=t;if(a!=null)return;let u=this.activeTimers!=null,l;u&&(l=C.now());let p=t.texShape;if(p==null&&(p=Ag(n,c),t.texShape=p),s!=null){let d=na(n),f,h=p[1],m=p[0],A=s instanceof Uint8Array||s instanceof Uint8ClampedArray;(c||!A)&&([h,m]=Ct(p[0],p[1])),c?f=new oi(d,A):f=new ra(d,A);let g=A?[m,h]:p,x=this.makeTensorInfo(g,r),b=this.texData.get(x.dataId);A?b.usage=Te.PIXELS:b.usage=Te.UPLOAD,b.texShape=g,this.gpgpu.uploadDenseMatrixToTexture(this.getTexture(x.dataId),h,m,s);let y=[[m,h]],k=this.runWebGLProgram(f,[x],r,y,!0),E=this.texData.get(k.dataId);t.texShape=E.texShape,t.isPacked=E.isPacked,t.usage=E.usage,R().get("ENGINE_COMPILE_ONLY")?this.disposeData(k.dataId):(t.texture=E.texture,t.values=null,this.texData.delete(k.dataId)),this.disposeIntermediateTensorInfo(x),u&&(this.uploadWaitMs+=C.now()-l)}else{let d=this.acquireTexture(p,i,r,c);t.texture=d}}convertAndCacheOnCPU(e,t){let n=this.texData.get(e),{dtype:r}=n;return t!=null&&(n.values=N$(t,r)),n.values}acquireTexture(e,t,n,r){if(this.numBytesInGPU+=this.computeBytes(e,n),!this.warnedAboutMemory&&this.numBytesInGPU>this.numMBBeforeWarning*1024*1024){let s=(this.numBytesInGPU/1024/1024).toFixed(2);this.warnedAboutMemory=!0,console.warn(`High memory usage in GPU: ${s} MB, most likely due to a memory leak`)}return this.textureManager.acquireTexture(e,t,r)}computeBytes(e,t){return e[0]*e[1]*C.bytesPerElement(t)}checkCompileCompletion(){for(let[,e]of Object.entries(this.binaryCache))this.checkCompletion_(e)}async checkCompileCompletionAsync(){let e=[];if(this.gpgpu.parallelCompilationExtension){for(let[,t]of Object.entries(this.binaryCache))e.push(this.checkCompletionAsync_(t));return Promise.all(e)}else{for(let[,t]of Object.entries(this.binaryCache)){let n=new Promise(r=>{try{this.checkCompletion_(t),r(!0)}catch(s){throw s}});e.push(n)}return Promise.all(e)}}async checkCompletionAsync_(e){return this.gpgpu.gl.getProgramParameter(e.webGLProgram,this.gpgpu.parallelCompilationExtension.COMPLETION_STATUS_KHR)?this.checkCompletion_(e):(await gu(),this.checkCompletionAsync_(e))}checkCompletion_(e){if(this.gpgpu.gl.getProgramParameter(e.webGLProgram,this.gpgpu.gl.LINK_STATUS)===!1)throw console.log(this.gpgpu.gl.getProgramInfoLog(e.webGLProgram)),this.gpgpu.gl.getShaderParameter(e.fragmentShader,this.gpgpu.gl.COMPILE_STATUS)===!1?(Du(e.source,this.gpgpu.gl.getShaderInfoLog(e.fragmentShader)),new Error("Failed to compile fragment shader.")):new Error("Failed to link vertex and fragment shaders.");return!0}getUniformLocations(){for(let e of Object.values(this.binaryCache)){this.gpgpu.buildVao(e.webGLProgram);let{variablesLocations:t,customUniformLocations:n,infLoc:r,nanLoc:s,outShapeLocation:a,outShapeStridesLocation:i,outTexShapeLocation:c}=Ou(this.gpgpu,e.program,e.webGLProgram);e.variablesLocations=t,e.customUniformLocations=n,e.infLoc=r,e.nanLoc=s,e.outShapeLocation=a,e.outShapeStridesLocation=i,e.outTexShapeLocation=c}}createTensorFromGPUData(e,t,n){e.channels=e.channels||"RGBA";let{texture:r,height:s,width:a,channels:i}=e,c=Ze().backend;if(!c.gpgpu.gl.isTexture(r))throw new Error("The texture is invalid. Also, please make sure the texture and the TFJS WebGL backend are using the same canvas. If you want to use your own custom canvas, you have to create and use the custom TFJS WebGL backend created from the canvas through 'new tf.MathBackendWebGL(customCanvas)'.");let u=c.writeTexture(r,t,n,s,a,i);return Ze().makeTensorFromDataId(u,t,n,c)}};aa.nextDataId=0;function N$(o,e){if(e==="float32"||e==="complex64")return o;if(e==="int32"||e==="bool"){let t=e==="int32"?new Int32Array(o.length):new Uint8Array(o.length);for(let n=0;n<t.length;++n)t[n]=Math.round(o[n]);return t}else throw new Error(`Unknown dtype ${e}`)}dn.isBrowser()&&Vs("webgl",()=>new aa,2);var vn=`
  if (isnan(a)) return a;
  if (isnan(b)) return b;
`;var Qe=class{constructor(e,t,n){this.variableNames=["A","B"],this.outputShape=w.assertAndGetBroadcastShape(t,n),this.enableShapeUniforms=ue(this.outputShape.length),this.userCode=`
      float binaryOperation(float a, float b) {
        ${e}
      }

      void main() {
        float a = getAAtOutCoords();
        float b = getBAtOutCoords();
        setOutput(binaryOperation(a, b));
      }
    `}};var Ke=`
  result.r = isNaN.r ? NAN : result.r;
  result.g = isNaN.g ? NAN : result.g;
  result.b = isNaN.b ? NAN : result.b;
  result.a = isNaN.a ? NAN : result.a;
`;var qe=class{constructor(e,t,n,r=!1){this.variableNames=["A","B"],this.supportsBroadcasting=!0,this.packedInputs=!0,this.packedOutput=!0,this.outputShape=w.assertAndGetBroadcastShape(t,n);let s=this.outputShape.length;this.enableShapeUniforms=ue(s);let a="";if(r)if(s===0||C.sizeFromShape(this.outputShape)===1)a=`
          result.y = 0.;
          result.z = 0.;
          result.w = 0.;
        `;else if(a=`
          ${te(s)} coords = getOutputCoords();
        `,s===1)this.enableShapeUniforms?a+=`
            result.y = (coords + 1) >= outShape ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `:a+=`
            result.y = (coords + 1) >= ${this.outputShape[0]} ? 0. : result.y;
            result.z = 0.;
            result.w = 0.;
          `;else{let c=ye("coords",s);this.enableShapeUniforms?a+=`
            bool nextRowOutOfBounds =
              (${c[s-2]} + 1) >= outShape[${s} - 2];
            bool nextColOutOfBounds =
              (${c[s-1]} + 1) >= outShape[${s} - 1];
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `:a+=`
            bool nextRowOutOfBounds =
              (${c[s-2]} + 1) >= ${this.outputShape[s-2]};
            bool nextColOutOfBounds =
              (${c[s-1]} + 1) >= ${this.outputShape[s-1]};
            result.y = nextColOutOfBounds ? 0. : result.y;
            result.z = nextRowOutOfBounds ? 0. : result.z;
            result.w = nextColOutOfBounds || nextRowOutOfBounds ? 0. : result.w;
          `}this.userCode=`
      vec4 binaryOperation(vec4 a, vec4 b) {
        ${e}
      }

      void main() {
        vec4 a = getAAtOutCoords();
        vec4 b = getBAtOutCoords();

        vec4 result = binaryOperation(a, b);
        ${a}

        setOutput(result);
      }
    `}};function we(o){let{inputs:e,backend:t}=o,{x:n}=e;return t.incRef(n.dataId),{dataId:n.dataId,shape:n.shape,dtype:n.dtype}}var tx={kernelName:Dl,backendName:"webgl",kernelFunc:we};function Ue(o){let{inputs:e,backend:t}=o,{real:n,imag:r}=e,s=t.makeTensorInfo(n.shape,"complex64"),a=t.texData.get(s.dataId),i=we({inputs:{x:n},backend:t}),c=we({inputs:{x:r},backend:t});return a.complexTensorInfos={real:i,imag:c},s}var ox={kernelName:kl,backendName:"webgl",kernelFunc:Ue};var Gu="return (a < 0.) ? b * a : a;",Hu=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function T$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{alpha:s}=n,a=t.makeTensorInfo([],"float32",C.createScalarValue(s,"float32")),i=R().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new qe(Hu,r.shape,a.shape):new Qe(Gu,r.shape,a.shape),c=t.runWebGLProgram(i,[r,a],"float32");return t.disposeIntermediateTensorInfo(a),c}var nx={kernelName:Br,backendName:"webgl",kernelFunc:T$};var qu="return (a < 0.) ? b * a : a;",Ku=`
  vec4 aLessThanZero = vec4(lessThan(a, vec4(0.)));
  return (aLessThanZero * (b * a)) + ((vec4(1.0) - aLessThanZero) * a);
`;function D$(o){let{inputs:e,backend:t}=o,{x:n,alpha:r}=e,s=R().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new qe(Ku,n.shape,r.shape):new Qe(qu,n.shape,r.shape);return t.runWebGLProgram(s,[n,r],"float32")}var rx={kernelName:ts,backendName:"webgl",kernelFunc:D$};var st="if (isnan(x)) return x;";function Y({opSnippet:o,packedOpSnippet:e,cpuKernelImpl:t,dtype:n}){return({inputs:r,backend:s})=>{let{x:a}=r,i=s,c=n||a.dtype;if(i.shouldExecuteOnCPU([a])&&t!=null){let p=i.texData.get(a.dataId),d=t(p.values,c);return i.makeTensorInfo(a.shape,c,d)}let u=R().getBool("WEBGL_PACK_UNARY_OPERATIONS")&&e!=null,l;return u?l=new Me(a.shape,e):l=new Ne(a.shape,o),i.runWebGLProgram(l,[a],c)}}function ie({opSnippet:o,packedOpSnippet:e,checkOutOfBounds:t=!1,supportsComplex:n=!1,cpuKernelImpl:r,dtype:s}){return({inputs:a,backend:i})=>{let{a:c,b:u}=a,l=i;if(n&&c.dtype==="complex64"){let h=l.texData.get(c.dataId),m=l.texData.get(u.dataId),[A,g]=[[h.complexTensorInfos.real,m.complexTensorInfos.real],[h.complexTensorInfos.imag,m.complexTensorInfos.imag]].map(b=>{let[y,I]=b,k={dataId:y.dataId,dtype:y.dtype,shape:c.shape},E={dataId:I.dataId,dtype:I.dtype,shape:u.shape},_=new Qe(o,c.shape,u.shape);return l.runWebGLProgram(_,[k,E],Pe(y.dtype,I.dtype))}),x=Ue({inputs:{real:A,imag:g},backend:l});return l.disposeIntermediateTensorInfo(A),l.disposeIntermediateTensorInfo(g),x}let p=s||Pe(c.dtype,u.dtype);if((c.dtype==="string"||u.dtype==="string"||l.shouldExecuteOnCPU([c,u]))&&r!=null){let h=l.texData.get(c.dataId).values,m=l.texData.get(u.dataId).values,A=c.dtype==="string"?w.fromUint8ToStringArray(h):h,g=c.dtype==="string"?w.fromUint8ToStringArray(m):m,[x,b]=r(c.shape,u.shape,A,g,p),y=l.makeTensorInfo(b,p),I=l.texData.get(y.dataId);return I.values=x,y}let d=R().getBool("WEBGL_PACK_BINARY_OPERATIONS")&&e!=null,f;return d?f=new qe(e,c.shape,u.shape,t):f=new Qe(o,c.shape,u.shape),l.runWebGLProgram(f,[c,u],p)}}function Tt(o,e=!1){if(o==="linear")return e?jA:WA;if(o==="relu")return e?JA:HA;if(o==="elu")return e?YA:GA;if(o==="relu6")return e?ZA:qA;if(o==="prelu")return e?Ku:qu;if(o==="leakyrelu")return e?Hu:Gu;if(o==="sigmoid")return e?ex:KA;throw new Error(`Activation ${o} has not been implemented for the WebGL backend.`)}var $n=class{constructor(e,t,n,r=!1,s=!1,a=!1,i=null,c=!1,u=!1){this.variableNames=["matrixA","matrixB"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=n,this.enableShapeUniforms=ue(this.outputShape.length);let l=r?e[1]:e[2],p=Math.ceil(l/2),d=r?"i * 2, rc.y":"rc.y, i * 2",f=s?"rc.z, i * 2":"i * 2, rc.z",h=r?["a.xxyy","a.zzww"]:["a.xxzz","a.yyww"],m=s?["b.xzxz","b.ywyw"]:["b.xyxy","b.zwzw"],A="",g="";i&&(c?A=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${i}
        }`:u?A=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${i}
        }`:A=`vec4 activation(vec4 x) {
          ${i}
        }`,g="result = activation(result);");let x=a?"result += getBiasAtOutCoords();":"";a&&this.variableNames.push("bias"),c&&this.variableNames.push("preluActivationWeights"),u&&this.variableNames.push("leakyreluAlpha");let b="rc.x",y="rc.x";e[0]<t[0]?b=`imod(rc.x, ${e[0]})`:t[0]<e[0]&&(y=`imod(rc.x, ${t[0]})`),this.userCode=`
      ${A}
      // Don't use uniform for sharedDimensionPacked for performance.
      const float sharedDimension = ${p}.0;

      vec4 dot2x2ARowBCol(ivec3 rc) {
        vec4 result = vec4(0);
        int batchA = ${b};
        int batchB = ${y};
        for (int i = 0; i < ${p}; i++) {
          vec4 a = getMatrixA(batchA, ${d});
          vec4 b = getMatrixB(batchB, ${f});

          // These swizzled products need to be separately added.
          // See: https://github.com/tensorflow/tfjs/issues/1735
          result += (${h[0]} * ${m[0]});
          result += (${h[1]} * ${m[1]});
        }
        return result;
      }

      void main() {
        ivec3 rc = getOutputCoords();
        vec4 result = dot2x2ARowBCol(rc);

        ${x}

        ${g}

        setOutput(result);
      }
    `}};var Xu={REAL:"return areal * breal - aimag * bimag;",IMAG:"return areal * bimag + aimag * breal;"},ia=class{constructor(e,t,n){this.variableNames=["AReal","AImag","BReal","BImag"],this.outputShape=w.assertAndGetBroadcastShape(t,n),this.userCode=`
      float binaryOpComplex(
          float areal, float aimag, float breal, float bimag) {
        ${e}
      }

      void main() {
        float areal = getARealAtOutCoords();
        float aimag = getAImagAtOutCoords();
        float breal = getBRealAtOutCoords();
        float bimag = getBImagAtOutCoords();
        setOutput(binaryOpComplex(areal, aimag, breal, bimag));
      }
    `}};var sx="return a * b;";function ca(o){let{inputs:e,backend:t}=o,{a:n,b:r}=e,s=w.upcastType(n.dtype,r.dtype);if(n.dtype==="complex64"){let i=t.texData.get(n.dataId),c=t.texData.get(r.dataId),u=new ia(Xu.REAL,n.shape,r.shape),l=new ia(Xu.IMAG,n.shape,r.shape),p=[{dataId:i.complexTensorInfos.real.dataId,dtype:i.complexTensorInfos.real.dtype,shape:n.shape},{dataId:i.complexTensorInfos.imag.dataId,dtype:i.complexTensorInfos.imag.dtype,shape:n.shape},{dataId:c.complexTensorInfos.real.dataId,dtype:c.complexTensorInfos.real.dtype,shape:r.shape},{dataId:c.complexTensorInfos.imag.dataId,dtype:c.complexTensorInfos.imag.dtype,shape:r.shape}],d=t.runWebGLProgram(u,p,"float32"),f=t.runWebGLProgram(l,p,"float32"),h=Ue({inputs:{real:d,imag:f},backend:t});return t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),h}if(t.shouldExecuteOnCPU([n,r])){let i=t.texData.get(n.dataId),c=t.texData.get(r.dataId),[u,l]=gA(n.shape,r.shape,i.values,c.values,s),p=t.makeTensorInfo(l,s),d=t.texData.get(p.dataId);return d.values=u,p}let a;return R().getBool("WEBGL_PACK_BINARY_OPERATIONS")?a=new qe(sx,n.shape,r.shape):a=new Qe(sx,n.shape,r.shape),t.runWebGLProgram(a,[n,r],s)}var ax={kernelName:Ml,backendName:"webgl",kernelFunc:ca};function ix(o,e,t){let n=[Gt(o.shape),...Ht(o.shape)],r={dtype:o.dtype,shape:n,dataId:o.dataId},s=[Gt(e),...Ht(e)],a=new _n(s,n),i=!0,c=[n],u=t.runWebGLProgram(a,[r],o.dtype,c,i);return{dataId:u.dataId,shape:e,dtype:u.dtype}}function U(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{shape:s}=n,a=t,i=C.sizeFromShape(r.shape),c=C.inferFromImplicitShape(s,i),u=C.sizeFromShape(c);C.assert(i===u,()=>`The new shape (${c}) has ${u} elements and the old shape (${r.shape}) has ${i} elements. The new shape and old shape must have the same number of elements.`);let l=a.texData.get(r.dataId);return l.isPacked&&!po(r.shape,c)&&!(l.texture!==null&&po(l.shape,c))?ix(r,c,a):(a.incRef(r.dataId),{dataId:r.dataId,shape:c,dtype:r.dtype})}var cx={kernelName:as,backendName:"webgl",kernelFunc:U};var la=class{constructor(e,t){this.variableNames=["x"];let{windowSize:n,batchSize:r,inSize:s,outSize:a}=e;this.outputShape=[r,a];let i=Math.floor(n/4)*4,c=n%4,u="sumValue += dot(values, ones);";if(t!=null){let p=1/t;u=`sumValue += dot(values * ${C.isInt(p)?p.toPrecision(2):p}, ones);`}let l="";s%n>0&&(l=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return 0.0;
        }
      `),this.userCode=`
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${l}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${n};

        float sumValue = 0.0;

        for (int i = 0; i < ${i}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${u}
        }

        int inIdx = inOffset + ${i};
        if (${c===1}) {
          vec4 values = vec4(getValue(batch, inIdx), 0.0, 0.0, 0.0);

          ${u}
        } else if (${c===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1), 0.0, 0.0);

          ${u}
        } else if (${c===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2), 0.0);

          ${u}
        }
        setOutput(sumValue);
      }
    `}};var ui=class{constructor(e,t){this.variableNames=["x"];let{windowSize:n,batchSize:r,inSize:s,outSize:a}=e;this.outputShape=[r,a];let i="0.0",c="";t==="prod"?i="1.0":t==="min"?(i="1.0 / 1e-20",c="min"):t==="max"&&(i="-1.0 / 1e-20",c="max");let u=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="sum"?u="sumValue":t==="prod"?u="prodValue":t==="all"?u="allValue":t==="any"&&(u="anyValue");let l=Math.floor(n/4)*4,p=n%4,d=`
      if (${t==="sum"}) {
        sumValue += dot(values, ones);
      } else if (${t==="prod"}) {
        vec2 tmp = vec2(values[0], values[1]) * vec2(values[2], values[3]);
        prodValue *= tmp[0] * tmp[1];
      } else {
        minMaxValue = ${c}(values, minMaxValue);
        if (${t==="min"} || ${t==="max"}) {
          minMaxValue = ${c}(values, minMaxValue);
          bvec4 isNaN = isnan(values);
          if (isNaN.r || isNaN.g || isNaN.b || isNaN.a) {
            minMaxValue = vec4(NAN);
          }
        }
      }
    `,f="vec4";t==="all"?(i="1.0",d=`
        bool reducedAllValue = all(values);
        float floatedReducedAllValue = float(reducedAllValue);
        allValue = float(allValue >= 1.0 && floatedReducedAllValue >= 1.0);
      `,f="bvec4"):t==="any"&&(i="0.0",d=`
        bool reducedAnyValue = any(values);
        float floatedReducedAnyValue = float(reducedAnyValue);
        anyValue = float(anyValue >= 1.0 || floatedReducedAnyValue >= 1.0);
      `,f="bvec4");let h="";s%n>0&&(h=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `),this.userCode=`
      const float initializationValue = ${i};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float getValue(int batch, int inIdx) {
        ${h}
        return getX(batch, inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${n};

        vec4 minMaxValue = vec4(${i});
        float prodValue = 1.0;
        float sumValue = 0.0;
        float allValue = 1.0;
        float anyValue = 0.0;

        for (int i = 0; i < ${l}; i += 4) {
          int inIdx = inOffset + i;
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          ${d}
        }

        int inIdx = inOffset + ${l};
        if (${p===1}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          ${d}
        } else if (${p===2}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          ${d}
        } else if (${p===3}) {
          ${f} values = ${f}(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          ${d}
        }
        setOutput(${u});
      }
    `}};function F$(o){let e=[];for(;e.length===0||e[e.length-1].outSize!==1;){let t=e.length?e[e.length-1].outSize:o[1],n=w.computeOptimalWindowSize(t);e.push({inSize:t,windowSize:n,outSize:Math.ceil(t/n)})}return e}function Xe(o,e,t,n){let r=F$(o.shape),s=o;for(let a=0;a<r.length;a++){let{inSize:i,windowSize:c,outSize:u}=r[a],l,p;t==="mean"?l=a===0?new la({windowSize:c,inSize:i,batchSize:o.shape[0],outSize:u},i):new la({windowSize:c,inSize:i,batchSize:o.shape[0],outSize:u}):l=new ui({windowSize:c,inSize:i,batchSize:o.shape[0],outSize:u},t),p=s,s=n.runWebGLProgram(l,[s],e),p.dataId!==o.dataId&&n.disposeIntermediateTensorInfo(p)}return s}var pi=class{constructor(e,t){this.variableNames=["A"];let n=new Array(e.length);for(let a=0;a<n.length;a++)n[a]=e[t[a]];this.outputShape=n,this.rank=n.length;let r=te(this.rank),s=P$(t);this.userCode=`
    void main() {
      ${r} resRC = getOutputCoords();
      setOutput(getA(${s}));
    }
    `}};function P$(o){let e=o.length;if(e>6)throw Error(`Transpose for rank ${e} is not yet supported`);let t=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u","resRC.v"],n=new Array(e);for(let r=0;r<o.length;r++)n[o[r]]=t[r];return n.join()}var di=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0;let n=new Array(e.length);for(let l=0;l<n.length;l++)n[l]=e[t[l]];if(this.outputShape=n,this.rank=n.length,this.rank>6)throw Error(`Packed transpose for rank ${this.rank} is not yet supported.`);let r=te(this.rank),s=zu("rc",this.rank),a=new Array(this.rank);for(let l=0;l<t.length;l++)a[t[l]]=s[l];let i=`vec2(${a.slice(-2).join()})`,c=`++${s[this.rank-1]} < ${n[this.rank-1]}`,u=`getChannel(getA(${a.join()}), ${i})`;this.userCode=`
    void main() {
      ${r} rc = getOutputCoords();
      vec4 result = vec4(0.);
      result[0] = ${u};
      if(${c}) {
        result[1] = ${u};
      }
      --${s[this.rank-1]};
      if(++${s[this.rank-2]} < ${n[this.rank-2]}) {
        result[2] = ${u};
        if(${c}) {
          result[3] = ${u};
        }
      }
      setOutput(result);
    }
    `}};function qt(o,e,t){let n=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new di(o.shape,e):new pi(o.shape,e);return t.runWebGLProgram(n,[o],o.dtype)}function lx(o,e,t,n){let r=e,s=o.shape.length,a=C.parseAxisParam(r,o.shape),i=a,c=w.getAxesPermutation(i,s),u=c!=null,l=o;u&&(l=qt(o,c,n),i=w.getInnerMostAxes(i.length,s)),w.assertAxesAreInnerMostDims("sum",i,s);let[p,d]=w.computeOutAndReduceShapes(l.shape,i),f=p;t&&(f=w.expandShapeToKeepDim(p,a));let h=C.sizeFromShape(d),A=C.sizeFromShape(o.shape)/h,g=U({inputs:{x:l},attrs:{shape:[A,h]},backend:n}),x=oo(o.dtype),b=Xe(g,x,"sum",n),y=U({inputs:{x:b},attrs:{shape:f},backend:n});return n.disposeIntermediateTensorInfo(g),n.disposeIntermediateTensorInfo(b),u&&n.disposeIntermediateTensorInfo(l),y}function go(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n;return lx(r,s,a,t)}var ux={kernelName:"Sum",backendName:"webgl",kernelFunc:go};function ge(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{perm:s}=n,a=t,i=r.shape.length,c=new Array(i);for(let l=0;l<c.length;l++)c[l]=r.shape[s[l]];let u;if(a.shouldExecuteOnCPU([r])){let p=a.texData.get(r.dataId).values,d=mo(p,r.shape,r.dtype,s,c);u=a.makeTensorInfo(c,r.dtype);let f=a.texData.get(u.dataId);f.values=d}else u=qt(r,s,a);return u}var px={kernelName:Yl,backendName:"webgl",kernelFunc:ge};var ju=1e3;function Ao({a:o,b:e,transposeA:t,transposeB:n,backend:r,bias:s=null,preluActivationWeights:a=null,leakyreluAlpha:i=0,activation:c=null}){let u=o.shape.length,l=e.shape.length,p=t?o.shape[u-2]:o.shape[u-1],d=n?e.shape[l-1]:e.shape[l-2],f=t?o.shape[u-1]:o.shape[u-2],h=n?e.shape[l-2]:e.shape[l-1],m=o.shape.slice(0,-2),A=e.shape.slice(0,-2),g=C.sizeFromShape(m),x=C.sizeFromShape(A),y=zs.assertAndGetBroadcastShape(o.shape.slice(0,-2),e.shape.slice(0,-2)).concat([f,h]);C.assert(p===d,()=>`Error in matMul: inner shapes (${p}) and (${d}) of Tensors with shapes ${o.shape} and ${e.shape} and transposeA=${t} and transposeB=${n} must match.`);let I=t?[g,p,f]:[g,f,p],k=n?[x,h,d]:[x,d,h],E=U({inputs:{x:o},backend:r,attrs:{shape:I}}),_=U({inputs:{x:e},backend:r,attrs:{shape:k}}),S=[E,_],v=Math.max(g,x),T=t?E.shape[1]:E.shape[2],N=s!=null,D=a!=null,P=c==="leakyrelu",B=c!=null?Tt(c,!0):null,O=N||D||P||B!=null,M;if((f===1||h===1)&&T>ju&&O===!1){let F=E,Q=_;t&&(F=ge({inputs:{x:E},backend:r,attrs:{perm:[0,2,1]}}),S.push(F)),n&&(Q=ge({inputs:{x:_},backend:r,attrs:{perm:[0,2,1]}}),S.push(Q));let V=h!==1,W=h===1,z=F;V&&(z=U({inputs:{x:F},backend:r,attrs:{shape:[v,T,1]}}),S.push(z));let H=h===1?2:1,G=Q;W&&(G=U({inputs:{x:Q},backend:r,attrs:{shape:[v,1,T]}}),S.push(G));let q=ca({inputs:{a:z,b:G},backend:r});M=go({inputs:{x:q},backend:r,attrs:{axis:H,keepDims:!0}}),S.push(q)}else{let F=Pe(o.dtype,e.dtype),Q=new $n(I,k,[v,f,h],t,n,N,B,D,P),V=[E,_];if(s!=null&&V.push(s),D&&V.push(a),P){let W=r.makeTensorInfo([],"float32",C.createScalarValue(i,"float32"));V.push(W),S.push(W)}M=r.runWebGLProgram(Q,V,F)}let $=U({inputs:{x:M},backend:r,attrs:{shape:y}});S.push(M);for(let F of S)r.disposeIntermediateTensorInfo(F);return $}function O$(o){let{inputs:e,backend:t,attrs:n}=o,{a:r,b:s,bias:a,preluActivationWeights:i}=e,{transposeA:c,transposeB:u,activation:l,leakyreluAlpha:p}=n;return Ao({a:r,b:s,transposeA:c,transposeB:u,backend:t,bias:a,preluActivationWeights:i,leakyreluAlpha:p,activation:l})}var dx={kernelName:Ls,backendName:"webgl",kernelFunc:O$};var fx="return abs(x);";function L$(o){let{inputs:e,backend:t}=o,{x:n}=e;if(t.shouldExecuteOnCPU([n])&&n.dtype!=="complex64"){let s=t.texData.get(n.dataId),a=ri(s.values);return t.makeTensorInfo(n.shape,n.dtype,a)}let r;return R().getBool("WEBGL_PACK_UNARY_OPERATIONS")?r=new Me(n.shape,fx):r=new Ne(n.shape,fx),t.runWebGLProgram(r,[n],n.dtype)}var hx={kernelName:"Abs",backendName:"webgl",kernelFunc:L$};var M$=Ee+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return acos(x);
`,Q$=Y({opSnippet:M$}),mx={kernelName:No,backendName:"webgl",kernelFunc:Q$};var U$=Ee+`
  if (x < 1.0) return NAN;
return log(x + sqrt(x * x - 1.0));`,V$=Y({opSnippet:U$}),gx={kernelName:To,backendName:"webgl",kernelFunc:V$};var Ax="return a + b;",z$=ie({opSnippet:Ax,packedOpSnippet:Ax,supportsComplex:!0,cpuKernelImpl:Xg}),xx={kernelName:"Add",backendName:"webgl",kernelFunc:z$};var fi=class{constructor(e,t){this.outputShape=[],this.outputShape=e,this.variableNames=t.map((s,a)=>`T${a}`);let n=[];this.variableNames.forEach(s=>{n.push(`float v${s} = get${s}AtOutCoords();`)});let r=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${n.join(`
        `)}

        float result = ${r};
        setOutput(result);
      }
    `}};var hi=class{constructor(e,t){this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.variableNames=t.map((s,a)=>`T${a}`);let n=[];this.variableNames.forEach(s=>{n.push(`vec4 v${s} = get${s}AtOutCoords();`)});let r=this.variableNames.map(s=>`v${s}`).join(" + ");this.userCode=`
      void main() {
        ${n.join(`
        `)}

        vec4 result = ${r};
        setOutput(result);
      }
    `}};function mi(o){let{inputs:e,backend:t}=o,n=e;if(n.length===1)return we({inputs:{x:n[0]},backend:t});if(n.length>R().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER")){let c=Math.floor(n.length/2),u=mi({inputs:n.slice(0,c),backend:t}),l=mi({inputs:n.slice(c),backend:t});return mi({inputs:[u,l],backend:t})}let r=n.map(c=>c.dtype).reduce((c,u)=>Pe(c,u)),s=n.map(c=>c.shape),i=R().getBool("WEBGL_PACK")?new hi(n[0].shape,s):new fi(n[0].shape,s);return t.runWebGLProgram(i,n,r)}var Cx={kernelName:Hn,backendName:"webgl",kernelFunc:mi};function W$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=r.shape.length,c=C.parseAxisParam(s,r.shape),u=c,l=w.getAxesPermutation(u,i),p=r;l!=null&&(p=ge({inputs:{x:r},backend:t,attrs:{perm:l}}),u=w.getInnerMostAxes(u.length,i)),w.assertAxesAreInnerMostDims("all",u,i);let[d,f]=w.computeOutAndReduceShapes(p.shape,u),h=C.sizeFromShape(f),m=U({inputs:{x:p},backend:t,attrs:{shape:[-1,h]}}),A=Xe(m,m.dtype,"all",t),g;if(a){let x=w.expandShapeToKeepDim(d,c);g=U({inputs:{x:A},backend:t,attrs:{shape:x}})}else g=U({inputs:{x:A},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(A),l!=null&&t.disposeIntermediateTensorInfo(p),g}var bx={kernelName:"All",backendName:"webgl",kernelFunc:W$};function G$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=r.shape.length,c=C.parseAxisParam(s,r.shape),u=c,l=w.getAxesPermutation(u,i),p=r;l!=null&&(p=ge({inputs:{x:r},backend:t,attrs:{perm:l}}),u=w.getInnerMostAxes(u.length,i)),w.assertAxesAreInnerMostDims("any",u,i);let[d,f]=w.computeOutAndReduceShapes(p.shape,u),h=C.sizeFromShape(f),m=U({inputs:{x:p},backend:t,attrs:{shape:[-1,h]}}),A=Xe(m,m.dtype,"any",t),g;if(a){let x=w.expandShapeToKeepDim(d,c);g=U({inputs:{x:A},backend:t,attrs:{shape:x}})}else g=U({inputs:{x:A},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(A),l!=null&&t.disposeIntermediateTensorInfo(p),g}var yx={kernelName:"Any",backendName:"webgl",kernelFunc:G$};var gi=class{constructor(e,t,n){this.variableNames=["A"];let{windowSize:r,batchSize:s,outSize:a}=e;n||this.variableNames.push("bestIndicesA"),this.outputShape=[s,a];let i=t==="max"?">":"<",c=n?"inOffset + i;":"round(getBestIndicesA(batch, inOffset + i));";this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = outIdx * ${r};

        int bestIndex = inOffset;
        float bestValue = getA(batch, bestIndex);

        for (int i = 0; i < ${r}; i++) {
          int inIdx = ${c};
          float candidate = getA(batch, inIdx);
          if (candidate ${i} bestValue) {
            bestValue = candidate;
            bestIndex = inIdx;
          }
        }
        setOutput(float(bestIndex));
      }
    `}};var Ai=class{constructor(e,t,n,r){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,C.assert(e.length>2,()=>`Packed arg${n.charAt(0).toUpperCase()+n.slice(1)} supports only inputs with rank above 2.`);let s=e[e.length-1],a=Math.ceil(s/t);this.outputShape=e.slice(0,-1),a>1&&this.outputShape.push(a),r||this.variableNames.push("bestIndicesA");let i=this.outputShape,c=i.length,u=te(c),l=ye("coords",c),p,d;if(a===1){d=c+1;let _=te(d);p=`
        ${_} sourceLocR = ${_}(${l.join()}, 0);
        ++${l[c-1]};
        ${_} sourceLocG = ${_}(${l.join()}, 0);
        ++${l[c-2]};
        ${_} sourceLocA = ${_}(${l.join()}, 0);
        --${l[c-1]};
        ${_} sourceLocB = ${_}(${l.join()}, 0);
        --${l[c-2]};`}else d=c,p=`
        ${u} sourceLocR = coords;
        ++${l[c-1]};
        ${u} sourceLocG = coords;
        ++${l[c-2]};
        ${u} sourceLocA = coords;
        --${l[c-1]};
        ${u} sourceLocB = coords;
        --${l[c-2]};`;let f=["x","y","z","w","u","v"].slice(0,d),h="."+f[d-1],m=f.map(_=>"int "+_),A=ye("sourceLocR",d-1).concat("inIdx.r"),g=ye("sourceLocG",d-1).concat("inIdx.g"),x=ye("sourceLocB",d-1).concat("inIdx.b"),b=ye("sourceLocA",d-1).concat("inIdx.a"),y=n==="max"?"greaterThan":"lessThan",I=r?"":`
          inIdx = round(vec4(getBestIndicesAChannel(${A.join()}),
                             getBestIndicesAChannel(${g.join()}),
                             getBestIndicesAChannel(${x.join()}),
                             getBestIndicesAChannel(${b.join()})));`,k=`vec4(
            getAChannel(${A.join()}),
            hasNextCol ? getAChannel(${g.join()}) : 0.,
            hasNextRow ? getAChannel(${x.join()}) : 0.,
            hasNextRow && hasNextCol ? getAChannel(${b.join()}) : 0.)`,E=r?"":`
      float getBestIndicesAChannel(${m.join()}) {
        return getChannel(getBestIndicesA(${f.join()}),
                                          vec2(${f.slice(-2).join()}));
      }`;this.userCode=`
      float getAChannel(${m.join()}) {
        return getChannel(getA(${f.join()}),
                               vec2(${f.slice(-2).join()}));
      }
      ${E}
      void main() {
        ${u} coords = getOutputCoords();
        bool hasNextCol = ${l[c-1]} < ${i[c-1]-1};
        bool hasNextRow = ${l[c-2]} < ${i[c-2]-1};
        ${p}
        ivec4 srcIdx = ivec4(sourceLocR${h}, sourceLocG${h},
          sourceLocB${h}, sourceLocA${h}) * ${t};
        ivec4 inIdx = srcIdx;
        vec4 bestIndex = vec4(inIdx);
        vec4 bestValue = ${k};

        for (int i = 0; i < ${t}; i++) {
          inIdx = srcIdx;
          ${I}
          vec4 candidate = ${k};
          bvec4 nan = isnan(candidate);
          bvec4 replace = bvec4(
            vec4(${y}(candidate, bestValue)) * (vec4(1.0) - vec4(nan)));

          bestValue = vec4(replace.x  ? candidate.x : bestValue.x,
                           replace.y  ? candidate.y : bestValue.y,
                           replace.z  ? candidate.z : bestValue.z,
                           replace.w  ? candidate.w : bestValue.w);
          bestIndex = mix(bestIndex, vec4(inIdx), vec4(replace));
          srcIdx++;
        }
        setOutput(bestIndex);
      }
    `}};function wx(o,e,t,n=null){let r=e.shape[0],s=e.shape[1];n!=null&&(r=n.shape[0],s=n.shape[1]);let a=w.computeOptimalWindowSize(s),i={windowSize:a,inSize:s,batchSize:r,outSize:Math.ceil(s/a)},c=new gi(i,t,n==null),u=[e];n!=null&&u.push(n);let l=o.runWebGLProgram(c,u,"int32");if(l.shape[1]===1)return l;let p=wx(o,e,t,l);return o.disposeIntermediateTensorInfo(l),p}function Ix(o,e,t,n=null){let r=n!=null?n.shape:e.shape,s=r[r.length-1],a=w.computeOptimalWindowSize(s),i=new Ai(r,a,t,n==null),c=n==null?[e]:[e,n],u=o.runWebGLProgram(i,c,"int32");if(u.shape.length===e.shape.length){let l=Ix(o,e,t,u);return o.disposeIntermediateTensorInfo(u),l}return u}function xi(o,e,t,n){let r=[t];if(w.assertAxesAreInnerMostDims("arg"+n.charAt(0).toUpperCase()+n.slice(1),r,e.shape.length),!R().getBool("WEBGL_PACK_REDUCE")||e.shape.length<=2){let s=[],a=o.texData.get(e.dataId),i=a!==null&&a.isPacked,c=e;i&&(c=o.unpackTensor(e),s.push(c));let[u,l]=w.computeOutAndReduceShapes(c.shape,r),p=C.sizeFromShape(l),d=U({inputs:{x:c},backend:o,attrs:{shape:[-1,p]}});s.push(d);let f=wx(o,d,n);s.push(f);let h=U({inputs:{x:f},backend:o,attrs:{shape:u}});return s.forEach(m=>o.disposeIntermediateTensorInfo(m)),h}return Ix(o,e,n)}function H$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s}=n,a=C.parseAxisParam(s,r.shape),i=w.getAxesPermutation(a,r.shape.length),c=r,u=[];i!=null&&(c=ge({inputs:{x:r},backend:t,attrs:{perm:i}}),u.push(c),a=w.getInnerMostAxes(a.length,c.shape.length)),w.assertAxesAreInnerMostDims("argMax",[a[0]],c.shape.length);let l=xi(t,c,a[0],"max");return u.forEach(p=>t.disposeIntermediateTensorInfo(p)),l}var kx={kernelName:Xn,backendName:"webgl",kernelFunc:H$};function q$(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s}=n,a=C.parseAxisParam(s,r.shape),i=w.getAxesPermutation(a,r.shape.length),c=r,u=[];i!=null&&(c=ge({inputs:{x:r},backend:t,attrs:{perm:i}}),u.push(c),a=w.getInnerMostAxes(a.length,c.shape.length)),w.assertAxesAreInnerMostDims("argMin",[a[0]],c.shape.length);let l=xi(t,c,a[0],"min");return u.forEach(p=>t.disposeIntermediateTensorInfo(p)),l}var Sx={kernelName:jn,backendName:"webgl",kernelFunc:q$};var K$=Ee+`
  if (abs(x) > 1.) {
    return NAN;
  }
  return asin(x);
`,X$=Y({opSnippet:K$}),Ex={kernelName:Do,backendName:"webgl",kernelFunc:X$};var j$=Ee+"return log(x + sqrt(x * x + 1.0));",Y$=Y({opSnippet:j$}),_x={kernelName:Bo,backendName:"webgl",kernelFunc:Y$};var J$=Ee+`
  return atan(x);
`,Z$=Y({opSnippet:J$}),vx={kernelName:Fo,backendName:"webgl",kernelFunc:Z$};var eR=vn+`
  return atan(a, b);
`,tR=`
  vec4 result = atan(a, b);
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+Ke+`
  return result;
`,oR=ie({opSnippet:eR,packedOpSnippet:tR}),$x={kernelName:Oo,backendName:"webgl",kernelFunc:oR};var nR=Ee+`
  if ((x < -1.0) || (x > 1.0)) return NAN;
return (log(1.0 + x) - log(1.0 - x)) / 2.0;`,rR=Y({opSnippet:nR}),Rx={kernelName:Po,backendName:"webgl",kernelFunc:rR};var ft=class{constructor(e,t,n,r=!1,s=!1){if(this.variableNames=["x"],t==="avg"&&n)throw new Error("Cannot compute positions for average pool.");let a=e.filterWidth,i=e.strideHeight,c=e.strideWidth,u=e.dilationHeight,l=e.dilationWidth,p=e.effectiveFilterHeight,d=e.effectiveFilterWidth,f=e.padInfo.top,h=e.padInfo.left;this.outputShape=e.outShape;let m=t==="avg",A=`((batch  * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + d`,g=`(xR * ${e.inWidth} + xC) * ${e.inChannels} + d`,x="0.0";if(m||(x="-1.0 / 1e-20"),n){this.userCode=`
        const ivec2 strides = ivec2(${i}, ${c});
        const ivec2 pads = ivec2(${f}, ${h});

        void main() {
          ivec4 coords = getOutputCoords();
          int batch = coords[0];
          int d = coords[3];

          ivec2 xRCCorner = coords.yz * strides - pads;
          int xRCorner = xRCCorner.x;
          int xCCorner = xRCCorner.y;

          // max/min x(?, ?, d) to get y(yR, yC, d).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;
          float avgValue = 0.0;

          for (int wR = 0; wR < ${p};
              wR += ${u}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${d};
                wC += ${l}) {
              int xC = xCCorner + wC;

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              float value = getX(batch, xR, xC, d);

              // If a min / max value has already been found, use it. If not,
              // use the current value.
              float currMinMaxValue = mix(
                  value, minMaxValue, minMaxValueFound);
              if (value >= currMinMaxValue) {
                minMaxValue = value;
                minMaxValueFound = 1.0;
                minMaxPosition = ${r?s?A:g:`wR * ${d} + wC`};
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let b="max",y=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="avg"&&(y="avgValue / max(count, 1.0)");let I=Math.floor(a/4)*4,k=a%4,E=`
      if (${m}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${b}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec2 strides = ivec2(${i}, ${c});
      const ivec2 pads = ivec2(${f}, ${h});
      const float initializationValue = ${x};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xR, int xC, int d) {
        if (xC < 0 || xC >= ${e.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xR, xC, d);
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d = coords[3];

        ivec2 xRCCorner = coords.yz * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // max/min x(?, ?, d) to get y(yR, yC, d).
        // ? = to be determined
        vec4 minMaxValue = vec4(${x});
        float avgValue = 0.0;
        count = 0.0;

        for (int wR = 0; wR < ${p};
            wR += ${u}) {
          int xR = xRCorner + wR;

          if (xR < 0 || xR >= ${e.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${I}; wC += 4) {
            int xC = xCCorner + wC * ${l};

            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${l}, d),
              getValue(batch, xR, xC + 2 * ${l}, d),
              getValue(batch, xR, xC + 3 * ${l}, d)
            );

            ${E}
          }

          int xC = xCCorner + ${I};
          if (${k===1}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              initializationValue,
              initializationValue,
              initializationValue
            );

            ${E}
          } else if (${k===2}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${l}, d),
              initializationValue,
              initializationValue
            );

            ${E}
          } else if (${k===3}) {
            vec4 values = vec4(
              getValue(batch, xR, xC, d),
              getValue(batch, xR, xC + ${l}, d),
              getValue(batch, xR, xC + 2 * ${l}, d),
              initializationValue
            );

            ${E}
          }
        }
        setOutput(${y});
      }
    `}},Kt=class{constructor(e,t,n,r=!1,s=!1){if(this.variableNames=["x"],t==="avg"&&n)throw new Error("Cannot compute positions for average pool.");let a=e.filterWidth,i=e.strideDepth,c=e.strideHeight,u=e.strideWidth,l=e.dilationDepth,p=e.dilationHeight,d=e.dilationWidth,f=e.effectiveFilterDepth,h=e.effectiveFilterHeight,m=e.effectiveFilterWidth,A=e.padInfo.front,g=e.padInfo.top,x=e.padInfo.left;this.outputShape=e.outShape;let b=t==="avg",y="0.0";if(b||(y="-1.0 / 1e-20"),n){this.userCode=`
        const ivec3 strides =
            ivec3(${i}, ${c}, ${u});
        const ivec3 pads = ivec3(${A}, ${g}, ${x});

        void main() {
          ivec5 coords = getOutputCoords();
          int batch = coords.x;
          int ch = coords.u;

          ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
          int xDCorner = xCorner.x;
          int xRCorner = xCorner.y;
          int xCCorner = xCorner.z;

          // max/min x(?, ?, ?, ch) to get y(yD, yR, yC, ch).
          // ? = to be determined
          float minMaxValue = 0.0;
          float minMaxValueFound = 0.0;
          int minMaxPosition = 0;

          for (int wD = 0; wD < ${f};
              wD += ${l}) {
            int xD = xDCorner + wD;

            if (xD < 0 || xD >= ${e.inDepth}) {
              continue;
            }

            for (int wR = 0; wR < ${h};
                wR += ${p}) {
              int xR = xRCorner + wR;

              if (xR < 0 || xR >= ${e.inHeight}) {
                continue;
              }

              for (int wC = 0; wC < ${m};
                  wC += ${d}) {
                int xC = xCCorner + wC;

                if (xC < 0 || xC >= ${e.inWidth}) {
                  continue;
                }

                float value = getX(batch, xD, xR, xC, ch);

                // If a min / max value has already been found, use it. If not,
                // use the current value.
                float currMinMaxValue = mix(
                    value, minMaxValue, minMaxValueFound);
                if (value >= currMinMaxValue) {
                  minMaxValue = value;
                  minMaxValueFound = 1.0;
                  minMaxPosition = ${r?s?`(((batch * ${e.inDepth} + xD) * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + ch`:`((xD * ${e.inHeight} + xR) * ${e.inWidth} + xC) * ${e.inChannels} + ch`:`wD * ${h} * ${m} +
                      wR * ${m} + wC`};
                }
              }
            }
          }
          setOutput(float(minMaxPosition));
        }
      `;return}let I="max",k=`${t}(${t}(${t}(minMaxValue[0], minMaxValue[1]), minMaxValue[2]), minMaxValue[3])`;t==="avg"&&(k="avgValue / max(count, 1.0)");let E=Math.floor(a/4)*4,_=a%4,S=`
      if (${b}) {
        avgValue += dot(values, ones);
      } else {
        minMaxValue = ${I}(values, minMaxValue);
      }
    `;this.userCode=`
      const ivec3 strides =
        ivec3(${i}, ${c}, ${u});
      const ivec3 pads = ivec3(${A}, ${g}, ${x});
      const float initializationValue = ${y};
      const vec4 ones = vec4(1.0, 1.0, 1.0, 1.0);

      float count = 0.0;

      float getValue(int batch, int xD, int xR, int xC, int ch) {
        if (xC < 0 || xC >= ${e.inWidth}) {
          return initializationValue;
        }
        count += 1.0;
        return getX(batch, xD, xR, xC, ch);
      }

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 xCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xDCorner = xCorner.x;
        int xRCorner = xCorner.y;
        int xCCorner = xCorner.z;

        // max/min x(?, ?, ?, d) to get y(yD, yR, yC, ch).
        // ? = to be determined
        vec4 minMaxValue = vec4(${y});
        float avgValue = 0.0;
        count = 0.0;

        for (int wD = 0; wD < ${f};
            wD += ${l}) {
          int xD = xDCorner + wD;

          if (xD < 0 || xD >= ${e.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${h};
            wR += ${p}) {
            int xR = xRCorner + wR;

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${E}; wC += 4) {
              int xC = xCCorner + wC * ${d};

              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${d}, ch),
                getValue(batch, xD, xR, xC + 2 * ${d}, ch),
                getValue(batch, xD, xR, xC + 3 * ${d}, ch)
              );

              ${S}
            }

            int xC = xCCorner + ${E};
            if (${_===1}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                initializationValue,
                initializationValue,
                initializationValue
              );

              ${S}
            } else if (${_===2}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${d}, ch),
                initializationValue,
                initializationValue
              );

              ${S}
            } else if (${_===3}) {
              vec4 values = vec4(
                getValue(batch, xD, xR, xC, ch),
                getValue(batch, xD, xR, xC + ${d}, ch),
                getValue(batch, xD, xR, xC + 2 * ${d}, ch),
                initializationValue
              );

              ${S}
            }
          }
        }
        setOutput(${k});
      }
    `}};function sR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;bt(r,"avgPool");let{filterSize:s,strides:a,pad:i,dimRoundingMode:c}=n,u=1;C.assert(w.eitherStridesOrDilationsAreOne(a,u),()=>`Error in avgPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${u}'`);let l=w.computePool2DInfo(r.shape,s,a,u,i,c);if(l.filterWidth===1&&l.filterHeight===1&&C.arraysEqual(l.inShape,l.outShape))return we({inputs:{x:r},backend:t});let p=new ft(l,"avg",!1);return t.runWebGLProgram(p,[r],"float32")}var Nx={kernelName:Yn,backendName:"webgl",kernelFunc:sR};function aR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{filterSize:s,strides:a,pad:i,dimRoundingMode:c,dataFormat:u}=n,l=[1,1,1],p=w.computePool3DInfo(r.shape,s,a,l,i,c,u),d=new Kt(p,"avg",!1);return t.runWebGLProgram(d,[r],"float32")}var Tx={kernelName:Zn,backendName:"webgl",kernelFunc:aR};var Ci=class{constructor(e){this.variableNames=["dy"],this.outputShape=e.inShape;let t=e.filterHeight,n=e.filterWidth,r=e.strideHeight,s=e.strideWidth,a=e.dilationHeight,i=e.dilationWidth,c=e.effectiveFilterHeight,u=e.effectiveFilterWidth,l=c-1-e.padInfo.top,p=u-1-e.padInfo.left,d=1/(t*n);this.userCode=`
      const ivec2 pads = ivec2(${l}, ${p});
      const float avgMultiplier = float(${d});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${c};
            wR += ${a}) {
          float dyR = float(dyRCorner + wR) / ${r}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${u};
            wC+= ${i}) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);

            dotProd += dyValue * avgMultiplier;
          }
        }
        setOutput(dotProd);
      }
    `}},bi=class{constructor(e){this.variableNames=["dy"],this.outputShape=e.inShape;let t=e.filterDepth,n=e.filterHeight,r=e.filterWidth,s=e.strideDepth,a=e.strideHeight,i=e.strideWidth,c=e.dilationDepth,u=e.dilationHeight,l=e.dilationWidth,p=e.effectiveFilterDepth,d=e.effectiveFilterHeight,f=e.effectiveFilterWidth,h=p-1-e.padInfo.front,m=d-1-e.padInfo.top,A=f-1-e.padInfo.left,g=1/(t*n*r);this.userCode=`
      const ivec3 pads = ivec3(${h}, ${m}, ${A});
      const float avgMultiplier = float(${g});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, d) with pos mask(:, :, :, ch) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${p};
            wD += ${c}) {
          float dyD = float(dyDCorner + wD) / ${s}.0;

          if (dyD < 0.0 || dyD >= ${e.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${d};
              wR += ${u}) {
            float dyR = float(dyRCorner + wR) / ${a}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${f};
                wC += ${l}) {
              float dyC = float(dyCCorner + wC) / ${i}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);

              dotProd += dyValue * avgMultiplier;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function iR(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,a=s,{filterSize:i,strides:c,pad:u,dimRoundingMode:l}=n,p=[1,1,1],d=w.computePool3DInfo(a.shape,i,c,p,u,l),f=new bi(d);return t.runWebGLProgram(f,[r],a.dtype)}var Dx={kernelName:er,backendName:"webgl",kernelFunc:iR};function cR(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,a=s;bt([r,s],"avgPoolGrad");let{filterSize:i,strides:c,pad:u}=n,l=w.computePool2DInfo(a.shape,i,c,1,u),p=new Ci(l);return t.runWebGLProgram(p,[r],a.dtype)}var Bx={kernelName:Jn,backendName:"webgl",kernelFunc:cR};function lR(o){let{inputs:e,backend:t,attrs:n}=o,{a:r,b:s}=e,{transposeA:a,transposeB:i}=n;return Ao({a:r,b:s,transposeA:a,transposeB:i,backend:t})}var Fx={kernelName:tr,backendName:"webgl",kernelFunc:lR};var yi=class{constructor(e,t,n,r,s,a){this.outputShape=[],this.variableNames=["x","mean","variance"],w.assertAndGetBroadcastShape(e,t),w.assertAndGetBroadcastShape(e,n);let i="0.0";r!=null&&(w.assertAndGetBroadcastShape(e,r),this.variableNames.push("offset"),i="getOffsetAtOutCoords()");let c="1.0";s!=null&&(w.assertAndGetBroadcastShape(e,s),this.variableNames.push("scale"),c="getScaleAtOutCoords()"),this.outputShape=e,this.userCode=`
      void main() {
        float x = getXAtOutCoords();
        float mean = getMeanAtOutCoords();
        float variance = getVarianceAtOutCoords();
        float offset = ${i};
        float scale = ${c};
        float inv = scale * inversesqrt(variance + float(${a}));
        setOutput(dot(vec3(x, -mean, offset), vec3(inv, inv, 1)));
      }
    `}};var wi=class{constructor(e,t,n,r,s,a){this.packedInputs=!0,this.packedOutput=!0,this.variableNames=["x","mean","variance"],w.assertAndGetBroadcastShape(e,t),w.assertAndGetBroadcastShape(e,n);let i="vec4(0.0)";r!=null&&(w.assertAndGetBroadcastShape(e,r),this.variableNames.push("offset"),i="getOffsetAtOutCoords()");let c="vec4(1.0)";s!=null&&(w.assertAndGetBroadcastShape(e,s),this.variableNames.push("scale"),c="getScaleAtOutCoords()"),this.outputShape=e,this.userCode=`
      void main() {
        vec4 offset = ${i};
        vec4 scale = ${c};

        vec4 x = getXAtOutCoords();
        vec4 mean = getMeanAtOutCoords();
        vec4 variance = getVarianceAtOutCoords();

        vec4 inv = scale * inversesqrt(variance + vec4(${a}));

        setOutput((x - mean) * inv + offset);
      }
    `}};var uR=({inputs:o,backend:e,attrs:t})=>{let{x:n,mean:r,variance:s,offset:a,scale:i}=o;C.assert(r.shape.length===s.shape.length,()=>"Batch normalization gradient requires mean and variance to have equal ranks."),C.assert(a==null||r.shape.length===a.shape.length,()=>"Batch normalization gradient requires mean and offset to have equal ranks."),C.assert(i==null||r.shape.length===i.shape.length,()=>"Batch normalization gradient requires mean and scale to have equal ranks.");let{varianceEpsilon:c}=t;c==null&&(c=.001);let u=[n,r,s],l=null;a!=null&&(l=a.shape,u.push(a));let p=null;i!=null&&(p=i.shape,u.push(i));let d=R().getBool("WEBGL_PACK_NORMALIZATION")?new wi(n.shape,r.shape,s.shape,l,p,c):new yi(n.shape,r.shape,s.shape,l,p,c);return e.runWebGLProgram(d,u,u[0].dtype)},Px={kernelName:$r,backendName:"webgl",kernelFunc:uR};var Ii=class{constructor(e){this.variableNames=["source"],this.outputShape=e,this.rank=e.length;let t=te(this.rank);this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let n=pR(this.rank),r,s=e.map((a,i)=>`sourceLoc.${Yu[i]} = start[${i}] + coords.${Yu[i]};`);r=`
        ${t} sourceLoc;
        ${t} coords = getOutputCoords();
        ${s.join(`
`)}
      `,this.userCode=`
      void main() {
        ${r}
        setOutput(getSource(${n}));
      }
    `}},Yu=["x","y","z","w","u","v"];function pR(o){if(o===1)return"sourceLoc";if(o<=6)return Yu.slice(0,o).map(e=>"sourceLoc."+e).join(",");throw Error(`Slicing for rank ${o} is not yet supported`)}var ki=class{constructor(e){this.variableNames=["source"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=e,this.rank=e.length,this.customUniforms=[{name:"start",arrayIndex:this.rank,type:"int"}];let t=te(this.rank),n=ye("coords",this.rank),r=ye("sourceLoc",this.rank),s=this.rank===1?"sourceLoc":`vec2(${r.slice(-2).join()})`,a=`getChannel(getSource(${r.join()}), ${s})`,i=`
      result.x = ${a};
      if (++${n[this.rank-1]} < ${e[this.rank-1]}) {
        ++${r[this.rank-1]};
        result.y = ${a};
        --${r[this.rank-1]};
      }
    `,c=this.rank===1?"":`
      --${n[this.rank-1]};
      if (++${n[this.rank-2]} < ${e[this.rank-2]}) {
        ++${r[this.rank-2]};
        result.z = ${a};
        if (++${n[this.rank-1]} < ${e[this.rank-1]}) {
          ++${r[this.rank-1]};
          result.w = ${a};
        }
      }
    `,u=this.rank<=4?`sourceLoc = coords +
            ${t}(${e.map((l,p)=>`start[${p}]`).join()});`:e.map((l,p)=>`${r[p]} = ${n[p]} + start[${p}];`).join(`
`);this.userCode=`
      void main() {
        ${t} coords = getOutputCoords();
        ${t} sourceLoc;
        ${u}
        vec4 result = vec4(0.);
        ${i}
        ${c}
        setOutput(result);
      }
    `}};function dR(o,e,t,n){let r=n.texData.get(o.dataId),s=n.makeTensorInfo(t,o.dtype),a=n.texData.get(s.dataId);Object.assign(a,r),a.refCount=1,a.shape=t,a.dtype=o.dtype;let i=nt.computeFlatOffset(e,C.computeStrides(o.shape));r.slice&&(i+=r.slice.flatOffset),a.slice={flatOffset:i,origDataId:r.slice&&r.slice.origDataId||o.dataId};let c=n.dataRefCount.get(a.slice.origDataId)||1;return n.dataRefCount.set(a.slice.origDataId,c+1),s}function ht(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{begin:s,size:a}=n,[i,c]=nt.parseSliceParams(r,s,a);if(nt.assertParamsValid(r,i,c),C.sizeFromShape(c)===0)return t.makeTensorInfo(c,r.dtype,[]);if(t.shouldExecuteOnCPU([r])||r.dtype==="string"){let p=t.texData.get(r.dataId),d=_A(p.values,i,c,r.shape,r.dtype);return t.makeTensorInfo(c,r.dtype,d)}let{isPacked:u}=t.texData.get(r.dataId),l=nt.isSliceContinous(r.shape,i,c);if(u||!l){let p=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new ki(c):new Ii(c),d=[i];return t.runWebGLProgram(p,[r],r.dtype,d)}return t.uploadToGPU(r.dataId),dR(r,i,c,t)}var Ox={kernelName:Gl,backendName:"webgl",kernelFunc:ht};var fR=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockShape:s,crops:a}=n;C.assert(r.shape.length<=4,()=>"batchToSpaceND for rank > 4 with a WebGL backend not implemented yet");let i=s.reduce((x,b)=>x*b),c=w.getReshaped(r.shape,s,i),u=w.getPermuted(c.length,s.length),l=w.getReshapedPermuted(r.shape,s,i),p=w.getSliceBeginCoords(a,s.length),d=w.getSliceSize(l,a,s.length),f=[],h=U({inputs:{x:r},backend:t,attrs:{shape:c}}),m=ge({inputs:{x:h},backend:t,attrs:{perm:u}}),A=U({inputs:{x:m},backend:t,attrs:{shape:l}}),g=ht({inputs:{x:A},backend:t,attrs:{begin:p,size:d}});return f.push(h),f.push(m),f.push(A),f.forEach(x=>t.disposeIntermediateTensorInfo(x)),g},Lx={kernelName:or,backendName:"webgl",kernelFunc:fR};function hR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,weights:s}=e,{size:a}=n,i=t.readSync(r.dataId),c=t.readSync(s.dataId),u=ni(i,c,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,u)}var Mx={kernelName:nr,backendName:"webgl",kernelFunc:hR};var mR=`
  int r = int(a.r) & int(b.r);
  int g = int(a.g) & int(b.g);
  int rb = int(a.b) & int(b.b);
  int ra = int(a.a) & int(b.a);
  return vec4(r, g, rb, ra);
`,gR=`
  return float(int(a.r) & int(b.r));
`;function AR(o){let{inputs:e,backend:t}=o,{a:n,b:r}=e,s=R().getBool("WEBGL_PACK_BINARY_OPERATIONS"),a=R().getNumber("WEBGL_VERSION");if(t.shouldExecuteOnCPU([n,r])||a===1){let c=t.texData.get(n.dataId).values,u=t.texData.get(r.dataId).values,[l,p]=Yg(n.shape,r.shape,c,u,n.dtype),d=t.makeTensorInfo(p,n.dtype),f=t.texData.get(d.dataId);return f.values=l,d}let i;return s?i=new qe(mR,n.shape,r.shape,!1):i=new Qe(gR,n.shape,r.shape),t.runWebGLProgram(i,[n,r],n.dtype)}var Qx={kernelName:yl,backendName:"webgl",kernelFunc:AR};function xR(o){let{inputs:e,backend:t}=o,{s0:n,s1:r}=e,s=t.readSync(n.dataId),a=t.readSync(r.dataId),i=w.assertAndGetBroadcastShape(Array.from(s),Array.from(a));return t.makeTensorInfo([i.length],"int32",Int32Array.from(i))}var Ux={kernelName:rr,backendName:"webgl",kernelFunc:xR};var CR="return float(a != b);",Ju=ie({opSnippet:CR,cpuKernelImpl:xA,dtype:"bool"}),Vx={kernelName:Ul,backendName:"webgl",kernelFunc:Ju};function Dt(o){let{inputs:e,backend:t}=o,{input:n}=e,r=t.texData.get(n.dataId);return we({inputs:{x:r.complexTensorInfos.real},backend:t})}var zx={kernelName:zl,backendName:"webgl",kernelFunc:Dt};var bR="return float(int(x));";function Wx(o,e){let t=new Ne(o.shape,bR),n=e.runWebGLProgram(t,[o],"int32");return{dataId:n.dataId,shape:n.shape,dtype:n.dtype}}function Zu(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{dtype:s}=n;if(s==="complex64"){if(r.dtype==="complex64")return we({inputs:{x:r},backend:t});let a=lu(r.shape),i=Zu({inputs:{x:r},backend:t,attrs:{dtype:"float32"}}),c=Ue({inputs:{real:i,imag:a},backend:t});return a.dispose(),t.disposeIntermediateTensorInfo(i),c}if(r.dtype==="complex64"){let a=Dt({inputs:{input:r},backend:t}),i=Zu({inputs:{x:a},backend:t,attrs:{dtype:s}});return t.disposeIntermediateTensorInfo(a),i}if(!C.hasEncodingLoss(r.dtype,s)){let a=we({inputs:{x:r},backend:t});return{dataId:a.dataId,shape:a.shape,dtype:s}}if(t.shouldExecuteOnCPU([r])){let a=t.texData.get(r.dataId).values,[i,c,u]=Jg(a,r.shape,r.dtype,s);return t.makeTensorInfo(i,c,u)}if(s==="int32")return Wx(r,t);if(s==="bool"){let a=t.makeTensorInfo([],"bool",C.getTypedArrayFromDType("bool",1)),c=Ju({inputs:{a:r,b:a},backend:t});return t.disposeIntermediateTensorInfo(a),c}throw new Error(`Error in Cast: failed to cast ${r.dtype} to ${s}`)}var Gx={kernelName:wl,backendName:"webgl",kernelFunc:Zu};var Hx="return ceil(x);",yR=Y({opSnippet:Hx,packedOpSnippet:Hx,cpuKernelImpl:Zg}),qx={kernelName:Il,backendName:"webgl",kernelFunc:yR};var Si=class{constructor(e){this.variableNames=["A"],this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=e,this.userCode=`

      void main() {
        float value = getAAtOutCoords();
        if (isnan(value)) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, minVal, maxVal));
      }
    `}};var Ei=class{constructor(e){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"minVal",type:"float"},{name:"maxVal",type:"float"}],this.outputShape=e,this.userCode=`
      void main() {
        vec4 value = getAAtOutCoords();

        if (any(isnan(value))) {
          setOutput(value);
          return;
        }

        setOutput(clamp(value, vec4(minVal), vec4(maxVal)));
      }
    `}};function wR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{clipValueMin:s,clipValueMax:a}=n,i;R().getBool("WEBGL_PACK_CLIP")?i=new Ei(r.shape):i=new Si(r.shape);let c=[[s],[a]];return t.runWebGLProgram(i,[r],r.dtype,c)}var Kx={kernelName:Lo,backendName:"webgl",kernelFunc:wR};var _i=class{constructor(e){this.variableNames=["real","imag"],this.outputShape=e,this.userCode=`
      void main() {
        float re = abs(getRealAtOutCoords());
        float im = abs(getImagAtOutCoords());
        float mx = max(re, im);

        // sadly the length function in glsl is not underflow-safe
        // (at least not on Intel GPUs). So the safe solution is
        // to ensure underflow-safety in all cases.
        setOutput(
          mx == 0.0 ? 0.0 : mx * length(vec2(1, min(re, im)/mx))
        );
      }
    `}};function Xx(o,e){return{dataId:e.dataId,dtype:e.dtype,shape:o.shape}}function IR(o){let{inputs:e,backend:t}=o,{x:n}=e,r=t.texData.get(n.dataId),s=new _i(n.shape),a=[Xx(n,r.complexTensorInfos.real),Xx(n,r.complexTensorInfos.imag)];return t.runWebGLProgram(s,a,a[0].dtype)}var jx={kernelName:sr,backendName:"webgl",kernelFunc:IR};var vi=class{constructor(e){this.outputShape=[],this.outputShape=w.computeOutShape(e,1),this.variableNames=e.map((a,i)=>`T${i}`);let t=new Array(e.length-1);t[0]=e[0][1];for(let a=1;a<t.length;a++)t[a]=t[a-1]+e[a][1];let n=[`if (yC < ${t[0]}) setOutput(getT0(yR, yC));`];for(let a=1;a<t.length;a++){let i=t[a-1];n.push(`else if (yC < ${t[a]}) setOutput(getT${a}(yR, yC-${i}));`)}let r=t.length,s=t[t.length-1];n.push(`else setOutput(getT${r}(yR, yC-${s}));`),this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int yR = coords.x;
        int yC = coords.y;

        ${n.join(`
        `)}
      }
    `}};var Ri=class{constructor(e,t){this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[],this.outputShape=w.computeOutShape(e,t);let n=this.outputShape,r=n.length,s=te(r),a=ye("coords",r),i=["x","y","z","w","u","v"].slice(0,r);this.variableNames=e.map((m,A)=>`T${A}`);let c=new Array(e.length-1);c[0]=e[0][t];for(let m=1;m<c.length;m++)c[m]=c[m-1]+e[m][t];let u=i[t],l=i.slice(-2),p=i.join(),d=`if (${u} < ${c[0]}) {
        return getChannel(
            getT0(${p}), vec2(${l.join()}));
        }`;for(let m=1;m<c.length;m++){let A=c[m-1];d+=`
        if (${u} < ${c[m]}  && ${u} >= ${c[m-1]}) {
          return getChannel(
            getT${m}(${$i(i,u,A)}),
            vec2(${$i(l,u,A)}));
        }`}let f=c.length,h=c[c.length-1];d+=`
        return getChannel(
          getT${f}(${$i(i,u,h)}),
          vec2(${$i(l,u,h)}));`,this.userCode=`
      float getValue(${i.map(m=>"int "+m)}) {
        ${d}
      }

      void main() {
        ${s} coords = getOutputCoords();
        vec4 result = vec4(getValue(${a}), 0., 0., 0.);

        ${a[r-1]} = ${a[r-1]} + 1;
        if (${a[r-1]} < ${n[r-1]}) {
          result.g = getValue(${a});
        }

        ${a[r-2]} = ${a[r-2]} + 1;
        if (${a[r-2]} < ${n[r-2]}) {
          result.a = getValue(${a});
        }

        ${a[r-1]} = ${a[r-1]} - 1;
        if (${a[r-2]} < ${n[r-2]} &&
            ${a[r-1]} < ${n[r-1]}) {
          result.b = getValue(${a});
        }
        setOutput(result);
      }
    `}};function $i(o,e,t){let n=o.indexOf(e);return o.map((s,a)=>a===n?`${s} - ${t}`:s).join()}function xo(o){let{inputs:e,backend:t}=o,{input:n}=e,r=t.texData.get(n.dataId);return we({inputs:{x:r.complexTensorInfos.imag},backend:t})}var Yx={kernelName:Dr,backendName:"webgl",kernelFunc:xo};function Rn(o,e,t){let n=o[0].dtype;if(n==="complex64"){let f=o.map(x=>Dt({inputs:{input:x},backend:t})),h=o.map(x=>xo({inputs:{input:x},backend:t})),m=Rn(f,e,t),A=Rn(h,e,t),g=Ue({inputs:{real:m,imag:A},backend:t});return f.forEach(x=>t.disposeIntermediateTensorInfo(x)),h.forEach(x=>t.disposeIntermediateTensorInfo(x)),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(A),g}let r=t.shouldExecuteOnCPU(o);if(n==="string"&&(r=!0),r){let f=o.map(y=>{let k=[-1,C.sizeFromShape(y.shape.slice(e))];return U({inputs:{x:y},backend:t,attrs:{shape:k}})}),h=f.map(y=>({vals:t.readSync(y.dataId),shape:y.shape})),m=w.computeOutShape(f.map(y=>y.shape),1),A=f[0].shape[0]===1,g=eA(h,m,n,A),x=w.computeOutShape(o.map(y=>y.shape),e),b=t.makeTensorInfo(x,n,g);return f.forEach(y=>t.disposeIntermediateTensorInfo(y)),b}let s=o.filter(f=>C.sizeFromShape(f.shape)>0),a=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")&&s[0].shape.length>1;if(s.length===1){let f=a?new Ne(o[0].shape,yt):new Me(o[0].shape,yt);return t.runWebGLProgram(f,o,n)}let i=R().getNumber("WEBGL_MAX_TEXTURES_IN_SHADER");if(s.length>i){let f=[];for(let m=0;m<s.length;m+=i){let A=s.slice(m,m+i);f.push(Rn(A,e,t))}let h=Rn(f,e,t);for(let m of f)t.disposeIntermediateTensorInfo(m);return h}if(a){let f=new Ri(s.map(h=>h.shape),e);return t.runWebGLProgram(f,s,n)}let{tensors2D:c,outShape:u}=kR(s,e,t),l=new vi(c.map(f=>f.shape)),p=t.runWebGLProgram(l,c,n);c.forEach(f=>t.disposeIntermediateTensorInfo(f));let d=U({inputs:{x:p},attrs:{shape:u},backend:t});return t.disposeIntermediateTensorInfo(p),d}function kR(o,e,t){let n=w.computeOutShape(o.map(s=>s.shape),e);return{tensors2D:o.map(s=>U({inputs:{x:s},attrs:{shape:[-1,C.sizeFromShape(s.shape.slice(e))]},backend:t})),outShape:n}}function ep(o){let{inputs:e,backend:t,attrs:n}=o,{axis:r}=n,s=C.parseAxisParam(r,e[0].shape)[0],a=e.map(u=>u.shape);w.assertParamsConsistent(a,s);let i=w.computeOutShape(e.map(u=>u.shape),s);if(C.sizeFromShape(i)===0)return t.makeTensorInfo(i,e[0].dtype,[]);let c=e.filter(u=>C.sizeFromShape(u.shape)>0);return c.length===1?we({inputs:{x:c[0]},backend:t}):Rn(c,s,t)}var Jx={kernelName:ar,backendName:"webgl",kernelFunc:ep};var Nn=class{constructor(e,t=!1,n=null,r=!1,s=!1){this.variableNames=["x","W"],this.outputShape=e.outShape;let a=e.padInfo.top,i=e.padInfo.left,c=e.strideHeight,u=e.strideWidth,l=e.dilationHeight,p=e.dilationWidth,d=e.filterHeight,f=e.filterWidth,h=Math.floor(e.inChannels/4)*4,m=e.inChannels%4,A=e.dataFormat==="channelsLast",g=A?1:2,x=A?2:3,b=A?3:1,y="",I="";n&&(r?y=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${n}
        }`:s?y=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${n}
        }`:y=`
          float activation(float x) {
            ${n}
          }
        `,I="result = activation(result);");let k=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${y}

      const ivec2 strides = ivec2(${c}, ${u});
      const ivec2 pads = ivec2(${a}, ${i});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d2 = coords[${b}];

        ivec2 xRCCorner =
            ivec2(coords[${g}], coords[${x}]) * strides - pads;
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, d2) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${d}; wR++) {
          int xR = xRCorner + wR * ${l};

          if (xR < 0 || xR >= ${e.inHeight}) {
            continue;
          }

          for (int wC = 0; wC < ${f}; wC++) {
            int xC = xCCorner + wC * ${p};

            if (xC < 0 || xC >= ${e.inWidth}) {
              continue;
            }

            for (int d1 = 0; d1 < ${h}; d1 += 4) {
              vec4 wValues = vec4(
                getW(wR, wC, d1, d2),
                getW(wR, wC, d1 + 1, d2),
                getW(wR, wC, d1 + 2, d2),
                getW(wR, wC, d1 + 3, d2)
              );

              if (${A}) {
                vec4 xValues = vec4(
                  getX(batch, xR, xC, d1),
                  getX(batch, xR, xC, d1 + 1),
                  getX(batch, xR, xC, d1 + 2),
                  getX(batch, xR, xC, d1 + 3)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec4 xValues = vec4(
                  getX(batch, d1, xR, xC),
                  getX(batch, d1 + 1, xR, xC),
                  getX(batch, d1 + 2, xR, xC),
                  getX(batch, d1 + 3, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }
            }

            if (${m===1}) {

              if (${A}) {
                dotProd +=
                    getX(batch, xR, xC, ${h}) *
                    getW(wR, wC, ${h}, d2);
              } else {
                dotProd +=
                    getX(batch, ${h}, xR, xC) *
                    getW(wR, wC, ${h}, d2);
              }

            } else if (${m===2}) {
              vec2 wValues = vec2(
                getW(wR, wC, ${h}, d2),
                getW(wR, wC, ${h} + 1, d2)
              );

              if (${A}) {
                vec2 xValues = vec2(
                  getX(batch, xR, xC, ${h}),
                  getX(batch, xR, xC, ${h} + 1)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec2 xValues = vec2(
                  getX(batch, ${h}, xR, xC),
                  getX(batch, ${h} + 1, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            } else if (${m===3}) {
              vec3 wValues = vec3(
                getW(wR, wC, ${h}, d2),
                getW(wR, wC, ${h} + 1, d2),
                getW(wR, wC, ${h} + 2, d2)
              );

              if (${A}) {
                vec3 xValues = vec3(
                  getX(batch, xR, xC, ${h}),
                  getX(batch, xR, xC, ${h} + 1),
                  getX(batch, xR, xC, ${h} + 2)
                );
                dotProd += dot(xValues, wValues);
              } else {
                vec3 xValues = vec3(
                  getX(batch, ${h}, xR, xC),
                  getX(batch, ${h} + 1, xR, xC),
                  getX(batch, ${h} + 2, xR, xC)
                );
                dotProd += dot(xValues, wValues);
              }

            }
          }
        }

        float result = dotProd;
        ${k}
        ${I}
        setOutput(result);
      }
    `}},Ni=class{constructor(e){this.variableNames=["x","W"],this.outputShape=e.outShape;let t=e.padInfo.front,n=e.padInfo.top,r=e.padInfo.left,s=e.strideDepth,a=e.strideHeight,i=e.strideWidth,c=e.dilationDepth,u=e.dilationHeight,l=e.dilationWidth,p=e.filterDepth,d=e.filterHeight,f=e.filterWidth,h=Math.floor(e.inChannels/4)*4,m=e.inChannels%4;this.userCode=`
      const ivec3 strides = ivec3(${s}, ${a}, ${i});
      const ivec3 pads = ivec3(${t}, ${n}, ${r});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d2 = coords.u;

        ivec3 xFRCCorner = ivec3(coords.y, coords.z, coords.w) * strides - pads;
        int xFCorner = xFRCCorner.x;
        int xRCorner = xFRCCorner.y;
        int xCCorner = xFRCCorner.z;

        // Convolve x(?, ?, ?, d1) with w(:, :, :, d1, d2) to get
        // y(yF, yR, yC, d2). ? = to be determined. : = across all
        // values in that axis.
        float dotProd = 0.0;
        for (int wF = 0; wF < ${p}; wF++) {
          int xF = xFCorner + wF * ${c};

          if (xF < 0 || xF >= ${e.inDepth}) {
            continue;
          }

          for (int wR = 0; wR < ${d}; wR++) {
            int xR = xRCorner + wR * ${u};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int wC = 0; wC < ${f}; wC++) {
              int xC = xCCorner + wC * ${l};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              for (int d1 = 0; d1 < ${h}; d1 += 4) {
                vec4 xValues = vec4(
                  getX(batch, xF, xR, xC, d1),
                  getX(batch, xF, xR, xC, d1 + 1),
                  getX(batch, xF, xR, xC, d1 + 2),
                  getX(batch, xF, xR, xC, d1 + 3)
                );
                vec4 wValues = vec4(
                  getW(wF, wR, wC, d1, d2),
                  getW(wF, wR, wC, d1 + 1, d2),
                  getW(wF, wR, wC, d1 + 2, d2),
                  getW(wF, wR, wC, d1 + 3, d2)
                );

                dotProd += dot(xValues, wValues);
              }

              if (${m===1}) {
                dotProd +=
                  getX(batch, xF, xR, xC, ${h}) *
                  getW(wF, wR, wC, ${h}, d2);
              } else if (${m===2}) {
                vec2 xValues = vec2(
                  getX(batch, xF, xR, xC, ${h}),
                  getX(batch, xF, xR, xC, ${h} + 1)
                );
                vec2 wValues = vec2(
                  getW(wF, wR, wC, ${h}, d2),
                  getW(wF, wR, wC, ${h} + 1, d2)
                );
                dotProd += dot(xValues, wValues);
              } else if (${m===3}) {
                vec3 xValues = vec3(
                  getX(batch, xF, xR, xC, ${h}),
                  getX(batch, xF, xR, xC, ${h} + 1),
                  getX(batch, xF, xR, xC, ${h} + 2)
                );
                vec3 wValues = vec3(
                  getW(wF, wR, wC, ${h}, d2),
                  getW(wF, wR, wC, ${h} + 1, d2),
                  getW(wF, wR, wC, ${h} + 2, d2)
                );
                dotProd += dot(xValues, wValues);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};var Tn=class{constructor(e,t=!1,n=null,r=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=ue(this.outputShape.length);let a=e.padInfo.left,i=e.strideWidth,c=e.dilationWidth,u=e.filterHeight,l=e.filterWidth,p=l,d=`
       int xR; int xC; int xCOffset;
       vec4 wTexel; vec4 previous; vec4 final;`;for(let A=0;A<l;A++)d+=`
           vec4 xTexelC${A*2};
           int xTexelC${A*2}Ready;
           vec4 xTexelC${A*2+1};
           int xTexelC${A*2+1}Ready;
           vec4 xC${A};`;d+=`
     for (int r = 0; r < ${u}; r++) {
      for (int d1 = 0; d1 < ${e.inChannels}; d1 += 2) {
       `;for(let A=0;A<l;A++)d+=`
           xTexelC${A*2} = vec4(0.0);
           xTexelC${A*2}Ready = 0;
           xTexelC${A*2+1} = vec4(0.0);
           xTexelC${A*2+1}Ready = 0;
           xC${A} = vec4(0.0);`;d+=`
         xR = xRCorner + r * dilations[0];
         if (xR >=0 && xR < inDims[0]) {
       `;for(let A=0;A<(p+1)/2;A++){let g=A*2;if(d+=`
           xC = xCCorner + ${g*c};
           `,i===1){if(g<l&&(a%2===1?(d+=`
                 xCOffset = xC + 1;
                 if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${g}Ready == 0) {
                   xTexelC${g} = getX(batch, xR, xCOffset, d1);

                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${g}.zw = vec2(0.0);
                   }
                   xTexelC${g}Ready = 1;
                 }
               `,c===1&&g>0?d+=`
                 xC${g} = vec4(xTexelC${g-2}.zw, xTexelC${g}.xy);
                 `:d+=`
                   xCOffset = xC + 1 - 2;

                   if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       previous.zw = vec2(0.0);
                     }

                     xC${g} = vec4(previous.zw, xTexelC${g}.xy);
                   } else {
                     xC${g} = vec4(0.0, 0.0, xTexelC${g}.xy);
                   }
                   `):d+=`
                 if (xC >= 0 && xC < inDims[1] && xTexelC${g}Ready == 0) {
                   xTexelC${g} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${g}.zw = vec2(0.0);
                   }
                   xTexelC${g}Ready = 1;
                 }

                 xC${g} = xTexelC${g};
                 `,g+1<l)){let x=a%2===0?C.nearestLargerEven(c):c;c%2===0&&a%2===1||c%2!==0&&a%2!==1?(d+=`
                   xCOffset = xC + imod(pads[1], 2) + ${x};

                   if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${g+1}Ready == 0) {
                     xTexelC${g+1} = getX(batch, xR, xCOffset, d1);

                     // Need to manually clear unused channels in case
                     // we're reading from recycled texture.
                     if (xCOffset + 1 >= inDims[1]) {
                       xTexelC${g+1}.zw = vec2(0.0);
                     }
                     xTexelC${g+1}Ready = 1;
                   }
                   `,c>1?d+=`
                     xCOffset -= 2;
                     if (xCOffset >= 0 && xCOffset < inDims[1]) {
                      previous = getX(batch, xR, xCOffset, d1);
                      xC${g+1} = vec4(previous.zw, xTexelC${g+1}.xy);
                     } else {
                      xC${g+1} = vec4(0.0, 0.0, xTexelC${g+1}.xy);
                     }
                     `:d+=`
                     xC${g+1} = vec4(xTexelC${g}.zw, xTexelC${g+1}.xy);
                     `):x===1?d+=`
                     xC${g+1} = xTexelC${g};
                     `:d+=`
                     xCOffset = xC + ${x};

                     if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${g+1}Ready == 0) {
                       xTexelC${g+1} = getX(batch, xR, xCOffset, d1);
                       if (xCOffset + 1 >= inDims[1]) {
                         xTexelC${g+1}.zw = vec2(0.0);
                       }
                       xTexelC${g+1}Ready = 1;
                     }

                     xC${g+1} = xTexelC${g+1};
                     `}}else g<l&&(a%2===1?(d+=`
                 xCOffset = xC + 1 - strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${g}Ready == 0) {
                   xTexelC${g} = getX(batch, xR, xCOffset, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${g}.zw = vec2(0.0);
                   }
                   xTexelC${g}Ready = 1;
                 }

                 if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${g+1}Ready == 0) {
                   xTexelC${g+1} = getX(batch, xR, xC + 1, d1);
                   // Need to manually clear unused channels in case
                   // we're reading from recycled texture.
                   if (xC + 2 >= inDims[1]) {
                     xTexelC${g+1}.zw = vec2(0.0);
                   }
                   xTexelC${g+1}Ready = 1;
                 }

                 xC${g} = vec4(xTexelC${g}.zw, xTexelC${g+1}.zw);
               `,g+1<l&&(d+=`
                   final = vec4(0.0);
                   xCOffset = xC + 1 + strides[1];
                   if(xCOffset >= 0 && xCOffset < inDims[1]) {
                     final = getX(batch, xR, xCOffset, d1);
                   }
                   xC${g+1} = vec4(xTexelC${g+1}.xy, final.xy);
                 `)):(d+=`
                 if(xC >= 0 && xC < inDims[1] && xTexelC${g}Ready == 0) {
                   xTexelC${g} = getX(batch, xR, xC, d1);
                   if (xC + 1 >= inDims[1]) {
                     xTexelC${g}.zw = vec2(0.0);
                   }
                   xTexelC${g}Ready = 1;
                 }

                 xCOffset = xC + strides[1];
                 if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${g+1}Ready == 0) {
                   xTexelC${g+1} = getX(batch, xR, xCOffset, d1);
                   if (xCOffset + 1 >= inDims[1]) {
                     xTexelC${g+1}.zw = vec2(0.);
                   }
                   xTexelC${g+1}Ready = 1;
                 }

                 xC${g} = vec4(
                   xTexelC${g}.xy, xTexelC${g+1}.xy);
               `,g+1<l&&(d+=`
                   xC${g+1} = vec4(xTexelC${g}.zw, xTexelC${g+1}.zw);
                 `)));g<l&&(d+=`
             wTexel = getW(r, ${g}, d1, d2);
             dotProd += xC${g}.xxzz * vec4(wTexel.xy, wTexel.xy);
             if(d1 + 1 < ${e.inChannels}) {
               dotProd += xC${g}.yyww * vec4(wTexel.zw, wTexel.zw);
             }
           `,g+1<l&&(d+=`
               wTexel = getW(r, ${g+1}, d1, d2);
               dotProd += xC${g+1}.xxzz * vec4(wTexel.xy, wTexel.xy);
               if(d1 + 1 < ${e.inChannels}) {
                 dotProd += xC${g+1}.yyww * vec4(wTexel.zw, wTexel.zw);
               }
             `))}d+=`
     }
   `,d+=`
     }
   `,d+=`
     }
   `;let f="",h="";n&&(r?f=`vec4 activation(vec4 a) {
           vec4 b = getPreluActivationWeightsAtOutCoords();
           ${n}
         }`:s?f=`vec4 activation(vec4 a) {
           vec4 b = getLeakyreluAlphaAtOutCoords();
           ${n}
         }`:f=`vec4 activation(vec4 x) {
           ${n}
         }`,h="result = activation(result);");let m=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
       ${f}

       void main() {
         ivec4 coords = getOutputCoords();
         int batch = coords.x;
         ivec2 xRCCorner = coords.yz * strides - pads;
         int d2 = coords.w;
         int xRCorner = xRCCorner.x;
         int xCCorner = xRCCorner.y;

         //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
         vec4 dotProd = vec4(0.000000000000001);

         ${d}

         vec4 result = dotProd - vec4(0.000000000000001);
         ${m}
         ${h}
         setOutput(result);
       }
     `}};var Ti=class{constructor(e,t){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"inputShape",type:"ivec4"},{name:"pad",type:"ivec2"},{name:"stride",type:"ivec2"},{name:"dilation",type:"ivec2"},{name:"inChannels",type:"int"},{name:"itemsPerBlockRow",type:"int"},{name:"outWidth",type:"int"}],this.outputShape=e,this.enableShapeUniforms=ue(this.outputShape.length);let{dataFormat:n}=t,r=Ce(),s=n==="channelsLast",a=s?1:2,i=s?2:3,c=this.enableShapeUniforms?"if(blockIndex < outShape[2] && pos < outShape[1]) {":`if(blockIndex < ${e[2]} && pos < ${e[1]}) {`,u="";for(let l=0;l<=1;l++)for(let p=0;p<=1;p++)u+=`
          blockIndex = rc.z + ${p};
          pos = rc.y + ${l};

          ${c}
            offsetY = int(blockIndex / outWidth) * stride[0] - pad[0];
            d0 = offsetY + dilation[0] * (pos / itemsPerBlockRow);

            if(d0 < inputShape[${a}] && d0 >= 0) {
              // Use custom imod instead mod. On Intel GPU, mod may generate
              // unexpected value.
              // https://github.com/tensorflow/tfjs/issues/5447
              offsetX = imod(blockIndex, outWidth) * stride[1] - pad[1];
              d1 = offsetX + dilation[1] * (imod(pos, itemsPerBlockRow) /
                  inChannels);

              if(d1 < inputShape[${i}] && d1 >= 0) {

                ch = imod(pos, inChannels);

                if (${s}) {
                  innerDims = vec2(d1, ch);
                  result[${l*2+p}] = getChannel(
                    getA(rc.x, d0, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                } else {
                  innerDims = vec2(d0, d1);
                  result[${l*2+p}] = getChannel(
                    getA(rc.x, ch, int(innerDims.x),
                    int(innerDims.y)), innerDims);
                }
              }
            }
          }
        `;this.userCode=`
      void main() {
        ivec3 rc = getOutputCoords();

        vec4 result = vec4(0);

        int blockIndex, pos, offsetY, d0, offsetX, d1, ch;
        vec2 innerDims;

        ${u}

        ${r.output} = result;
      }
    `}};function Di(o,e){let t=o.length;return t>=3?e?[...o.slice(0,-3),o[t-3]*o[t-2],o[t-1]]:[...o.slice(0,-3),o[t-3],o[t-2]*o[t-1]]:!e&&t===1&&o[0]>1?[o[0],1]:null}function Bi({x:o,filter:e,convInfo:t,backend:n,bias:r=null,preluActivationWeights:s=null,leakyreluAlpha:a=0,activation:i=null}){let c=o.shape,u=n.texData.get(o.dataId),l=t.inChannels,p=c[0]*c[1]*c[2],d=t.outChannels,f=t.dataFormat==="channelsLast",h=!1,m=!1,A,g=[];if(s!=null){let y=Di(s.shape,f);y!=null&&(s=U({inputs:{x:s},backend:n,attrs:{shape:y}}),g.push(s))}if(r!=null){let y=Di(r.shape,f);y!=null&&(r=U({inputs:{x:r},backend:n,attrs:{shape:y}}),g.push(r))}if(!((p===1||d===1)&&l>ju)&&u.isPacked&&f&&u.texture!=null&&c[2]%2!==0&&C.arraysEqual(u.shape.slice(-3),c.slice(-3))){let y=c[0]*c[1]*(c[2]+1),I={dataId:o.dataId,shape:[1,y,t.inChannels],dtype:o.dtype},k=u.shape;u.shape=u.shape.slice(),u.shape[u.shape.length-2]++,C.assert(po(u.shape,I.shape),()=>`packed reshape ${u.shape} to ${I.shape} isn't free`);let E=U({inputs:{x:e},backend:n,attrs:{shape:[1,t.inChannels,t.outChannels]}});g.push(E);let _=Ao({a:I,b:E,backend:n,transposeA:h,transposeB:m,bias:r,activation:i,preluActivationWeights:s,leakyreluAlpha:a}),S=n.texData.get(_.dataId);C.assert(S.isPacked,()=>"batchMatMul result is expected to be packed"),u.shape=k,S.shape=t.outShape,A=we({inputs:{x:_},backend:n}),A.shape=t.outShape,g.push(_)}else{let y=t.outHeight*t.outWidth,I=U({inputs:{x:o},backend:n,attrs:{shape:f?[t.batchSize,y,t.inChannels]:[t.batchSize,t.inChannels,y]}}),k=U({inputs:{x:e},backend:n,attrs:{shape:[1,t.inChannels,t.outChannels]}}),E=Ao({a:f?I:k,b:f?k:I,transposeA:!f,transposeB:m,backend:n,bias:r,activation:i,preluActivationWeights:s,leakyreluAlpha:a});A=U({inputs:{x:E},backend:n,attrs:{shape:t.outShape}}),g.push(I),g.push(k),g.push(E)}for(let y of g)n.disposeIntermediateTensorInfo(y);return A}function Fi({x:o,filter:e,convInfo:t,backend:n,bias:r=null,preluActivationWeights:s=null,leakyreluAlpha:a=0,activation:i=null}){let{filterWidth:c,filterHeight:u,inChannels:l,outWidth:p,outHeight:d,dataFormat:f}=t,h=f==="channelsLast",m=c*u*l,A=d*p,g=[t.batchSize,m,A],x=!0,b=!1,y=[];if(s!=null){let $=Di(s.shape,h);$!=null&&(s=U({inputs:{x:s},backend:n,attrs:{shape:$}}),y.push(s))}if(r!=null){let $=Di(r.shape,h);$!=null&&(r=U({inputs:{x:r},backend:n,attrs:{shape:$}}),y.push(r))}let I=U({inputs:{x:e},backend:n,attrs:{shape:[1,m,C.sizeFromShape(e.shape)/m]}});y.push(I);let k=new Ti(g,t),E=[o.shape,[t.padInfo.top,t.padInfo.left],[t.strideHeight,t.strideWidth],[t.dilationHeight,t.dilationWidth],[t.inChannels],[t.filterWidth*t.inChannels],[t.outWidth]],_=n.runWebGLProgram(k,[o],"float32",E),S=U({inputs:{x:_},backend:n,attrs:{shape:g}});y.push(_),y.push(S);let v=r!=null,T=s!=null,N=i==="leakyrelu",D=i?Tt(i,!0):null,P=new $n(h?S.shape:I.shape,h?I.shape:S.shape,h?[t.batchSize,A,t.outChannels]:[t.batchSize,t.outChannels,A],x,b,v,D,T,N),B=h?[S,I]:[I,S];if(r&&B.push(r),T&&B.push(s),N){let $=n.makeTensorInfo([],"float32",C.createScalarValue(a,"float32"));B.push($),y.push($)}let O=n.runWebGLProgram(P,B,"float32"),M=U({inputs:{x:O},backend:n,attrs:{shape:t.outShape}});y.push(O);for(let $ of y)n.disposeIntermediateTensorInfo($);return M}function SR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dataFormat:c,dilations:u,dimRoundingMode:l}=n,p=w.convertConv2DDataFormat(c),d=w.computeConv2DInfo(r.shape,s.shape,a,u,i,l,!1,p),f;if(d.filterHeight===1&&d.filterWidth===1&&d.dilationHeight===1&&d.dilationWidth===1&&d.strideHeight===1&&d.strideWidth===1&&(d.padInfo.type==="SAME"||d.padInfo.type==="VALID"))f=Bi({x:r,filter:s,convInfo:d,backend:t});else if(d.strideWidth<=2&&p==="channelsLast"&&R().getBool("WEBGL_EXP_CONV")){let m=new Tn(d),A=[[d.padInfo.top,d.padInfo.left],[d.strideHeight,d.strideWidth],[d.dilationHeight,d.dilationWidth],[d.inHeight,d.inWidth]];f=t.runWebGLProgram(m,[r,s],"float32",A)}else if(R().getBool("WEBGL_CONV_IM2COL"))f=Fi({x:r,filter:s,convInfo:d,backend:t});else{let m=new Nn(d);f=t.runWebGLProgram(m,[r,s],"float32")}let h=U({inputs:{x:f},backend:t,attrs:{shape:d.outShape}});return t.disposeIntermediateTensorInfo(f),h}var Zx={kernelName:ir,backendName:"webgl",kernelFunc:SR};var Pi=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideHeight,n=e.strideWidth,r=e.padInfo.top,s=e.padInfo.left,a=e.dataFormat==="channelsLast";this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int d2 = coords.w;

        // Convolve x(?, ?, d1) with dy(:, :, d2) to get dw(wR, wC, d1, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yR = 0; yR < ${e.outHeight}; yR++) {
            int xR = wR + yR * ${t} - ${r};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${e.outWidth}; yC++) {
              int xC = wC + yC * ${n} - ${s};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              ${a?`float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);`:`float dyValue = getDy(b, d2, yR, yC);
              float xValue = getX(b, d1, xR, xC);
              dotProd += (xValue * dyValue);`}
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Oi=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterHeight,n=e.filterWidth,r=e.strideHeight,s=e.strideWidth,a=e.dataFormat==="channelsLast",i=t-1-e.padInfo.top,c=n-1-e.padInfo.left,u=a?1:2,l=a?2:3,p=a?3:1;this.userCode=`
      const ivec2 pads = ivec2(${i}, ${c});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[${p}];

        ivec2 dyCorner = ivec2(coords[${u}], coords[${l}]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        // Convolve dy(?, ?, d2) with w(:, :, d1, d2) to compute dx(xR, xC, d1).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / ${r}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${n}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${n} - 1 - wC;

            for (int d2 = 0; d2 < ${e.outChannels}; d2++) {

              if (${a}) {
                float xValue = getDy(batch, idyR, idyC, d2);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              } else {
                float xValue = getDy(batch, d2, idyR, idyC);
                float wValue = getW(wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }

            }
          }
        }
        setOutput(dotProd);
      }
    `}},Li=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideDepth,n=e.strideHeight,r=e.strideWidth,s=e.padInfo.front,a=e.padInfo.top,i=e.padInfo.left;this.userCode=`
      void main() {
        ivec5 coords = getOutputCoords();
        int wF = coords.x;
        int wR = coords.y;
        int wC = coords.z;
        int d1 = coords.w;
        int d2 = coords.u;

        float dotProd = 0.0;

        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yF = 0; yF < ${e.outDepth}; yF++) {
            int xF = wF + yF * ${t} - ${s};

            if (xF < 0 || xF >= ${e.inDepth}) {
              continue;
            }

            for (int yR = 0; yR < ${e.outHeight}; yR++) {
              int xR = wR + yR * ${n} - ${a};

              if (xR < 0 || xR >= ${e.inHeight}) {
                continue;
              }

              for (int yC = 0; yC < ${e.outWidth}; yC++) {
                int xC = wC + yC * ${r} - ${i};

                if (xC < 0 || xC >= ${e.inWidth}) {
                  continue;
                }

                float dyValue = getDy(b, yF, yR, yC, d2);
                float xValue = getX(b, xF, xR, xC, d1);
                dotProd += (xValue * dyValue);
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Mi=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterDepth,n=e.filterHeight,r=e.filterWidth,s=e.strideDepth,a=e.strideHeight,i=e.strideWidth,c=t-1-e.padInfo.front,u=n-1-e.padInfo.top,l=r-1-e.padInfo.left;this.userCode=`
      const ivec3 pads = ivec3(${c}, ${u}, ${l});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.u;


        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyFCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        float dotProd = 0.0;
        for (int wF = 0; wF < ${t}; wF++) {
          float dyF = float(dyFCorner + wF) / ${s}.0;

          if (dyF < 0.0 || dyF >= ${e.outDepth}.0 || fract(dyF) > 0.0) {
            continue;
          }
          int idyF = int(dyF);

          int wFPerm = ${t} - 1 - wF;

          for (int wR = 0; wR < ${n}; wR++) {
            float dyR = float(dyRCorner + wR) / ${a}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
              fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            int wRPerm = ${n} - 1 - wR;

            for (int wC = 0; wC < ${r}; wC++) {
              float dyC = float(dyCCorner + wC) / ${i}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              int wCPerm = ${r} - 1 - wC;

              for (int d2 = 0; d2 < ${e.outChannels}; d2++) {
                float xValue = getDy(batch, idyF, idyR, idyC, d2);
                float wValue = getW(wFPerm, wRPerm, wCPerm, d1, d2);
                dotProd += xValue * wValue;
              }
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function ER(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,pad:i,dataFormat:c,dimRoundingMode:u,filterShape:l}=n,p=w.convertConv2DDataFormat(c),d=w.computeConv2DInfo(r.shape,l,a,1,i,u,!1,p),f=new Pi(d);return t.runWebGLProgram(f,[r,s],"float32")}var eC={kernelName:cr,backendName:"webgl",kernelFunc:ER};var Qi=class{constructor(e){this.variableNames=["dy","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"strides",type:"vec2"}],this.outputShape=e.inShape,this.enableShapeUniforms=ue(this.outputShape.length);let t=e.filterHeight,n=e.filterWidth,r=t-1-e.padInfo.top,s=n-1-e.padInfo.left;this.userCode=`
      const ivec2 pads = ivec2(${r}, ${s});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];

        ivec2 dyCorner = ivec2(coords[1], coords[2]) - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        vec4 result = vec4(0.);
        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / strides[0];
          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);
          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${n}; wC++) {
            int wCPerm = ${n} - 1 - wC;

            float dyC = float(dyCCorner + wC) / strides[1];
            bool idyCVal = (dyC >= 0.0) && (dyC < ${e.outWidth}.0)
              && (fract(dyC) == 0.0);
            int idyC = int(dyC);

            float dyC2 = float(dyCCorner + wC + 1) / strides[1];
            bool idyCVal2 = (dyC2 >= 0.0) && (dyC2 < ${e.outWidth}.0)
              && (fract(dyC2) == 0.0);
            int idyC2 = int(dyC2);

            if (idyCVal && idyCVal2) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec4 dySample2 = (idyC / 2 == idyC2 / 2) ?
                  dySample : getDy(batch, idyR, idyC2, d2);

                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));

                dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample2.xy : dySample2.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC, d2);
                vec2 dyValue = mod(float(idyC), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.xy += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            } else if (idyCVal2) {
              for (int d2 = 0; d2 < ${e.outChannels}; d2 += 2) {
                vec4 wValue = getW(wRPerm, wCPerm, d1, d2);
                vec4 dySample = getDy(batch, idyR, idyC2, d2);
                vec2 dyValue = mod(float(idyC2), 2.) == 0. ?
                  dySample.xy : dySample.zw;
                result.zw += vec2(dot(dyValue, wValue.xy),
                  dot(dyValue, wValue.zw));
              }
            }
          }
        }
        setOutput(result);
      }
    `}};function _R(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{inputShape:a,strides:i,pad:c,dataFormat:u,dimRoundingMode:l}=n,p=w.convertConv2DDataFormat(u),d=w.computeConv2DInfo(a,s.shape,i,1,c,l,!1,p);if(R().getBool("WEBGL_PACK_CONV2DTRANSPOSE")&&p==="channelsLast"){let f=[[d.strideHeight,d.strideWidth]],h=new Qi(d);return t.runWebGLProgram(h,[r,s],"float32",f)}else{let f=new Oi(d);return t.runWebGLProgram(f,[r,s],"float32")}}var tC={kernelName:lr,backendName:"webgl",kernelFunc:_R};function vR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c}=n,u=w.computeConv3DInfo(r.shape,s.shape,a,c,i),l=new Ni(u);return t.runWebGLProgram(l,[r,s],"float32")}var oC={kernelName:ur,backendName:"webgl",kernelFunc:vR};function $R(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,pad:i,filterShape:c}=n,u=w.computeConv3DInfo(r.shape,c,a,1,i),l=new Li(u);return t.runWebGLProgram(l,[r,s],"float32")}var nC={kernelName:pr,backendName:"webgl",kernelFunc:$R};function RR(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{pad:a,strides:i,inputShape:c}=n,u=w.computeConv3DInfo(c,s.shape,i,1,a),l=new Mi(u);return t.runWebGLProgram(l,[r,s],"float32")}var rC={kernelName:dr,backendName:"webgl",kernelFunc:RR};var NR=st+`
  return cos(x);
`,TR=`
  vec4 result = cos(x);
  bvec4 isNaN = isnan(x);
  ${Ke}
  return result;
`,DR=Y({opSnippet:NR,packedOpSnippet:TR}),sC={kernelName:"Cos",backendName:"webgl",kernelFunc:DR};var BR=`
  float e2x = exp(-x);
  return (e2x + 1.0 / e2x) / 2.0;
`,FR=Y({opSnippet:BR}),aC={kernelName:Qo,backendName:"webgl",kernelFunc:FR};var Ui=class{constructor(e,t,n,r,s){this.variableNames=["Image","Boxes","BoxInd"],this.outputShape=[];let[a,i,c,u]=e,[l]=t,[p,d]=n;this.outputShape=[l,p,d,u];let f=r==="bilinear"?1:0,[h,m]=[`${i-1}.0`,`${c-1}.0`],[A,g,x]=p>1?[`${(i-1)/(p-1)}`,"(y2-y1) * height_ratio",`y1*${h} + float(y)*(height_scale)`]:["0.0","0.0",`0.5 * (y1+y2) * ${h}`],[b,y,I]=d>1?[`${(c-1)/(d-1)}`,"(x2-x1) * width_ratio",`x1*${m} + float(x)*(width_scale)`]:["0.0","0.0",`0.5 * (x1+x2) * ${m}`];this.userCode=`
      const float height_ratio = float(${A});
      const float width_ratio = float(${b});
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int y = coords[1];
        int x = coords[2];
        int d = coords[3];

        // get box vals
        float y1 = getBoxes(b,0);
        float x1 = getBoxes(b,1);
        float y2 = getBoxes(b,2);
        float x2 = getBoxes(b,3);

        // get image in batch index
        int bInd = round(getBoxInd(b));
        if(bInd < 0 || bInd >= ${a}) {
          return;
        }

        float height_scale = ${g};
        float width_scale = ${y};

        float in_y = ${x};
        if( in_y < 0.0 || in_y > ${h} ) {
          setOutput(float(${s}));
          return;
        }
        float in_x = ${I};
        if( in_x < 0.0 || in_x > ${m} ) {
          setOutput(float(${s}));
          return;
        }

        vec2 sourceFracIndexCR = vec2(in_x,in_y);
        if(${f} == 1) {
          // Compute the four integer indices.
          ivec2 sourceFloorCR = ivec2(sourceFracIndexCR);
          ivec2 sourceCeilCR = ivec2(ceil(sourceFracIndexCR));

          float topLeft = getImage(b, sourceFloorCR.y, sourceFloorCR.x, d);
          float bottomLeft = getImage(b, sourceCeilCR.y, sourceFloorCR.x, d);
          float topRight = getImage(b, sourceFloorCR.y, sourceCeilCR.x, d);
          float bottomRight = getImage(b, sourceCeilCR.y, sourceCeilCR.x, d);

          vec2 fracCR = sourceFracIndexCR - vec2(sourceFloorCR);

          float top = topLeft + (topRight - topLeft) * fracCR.x;
          float bottom = bottomLeft + (bottomRight - bottomLeft) * fracCR.x;
          float newValue = top + (bottom - top) * fracCR.y;
          setOutput(newValue);
        } else {
          // Compute the coordinators of nearest neighbor point.
          ivec2 sourceNearestCR = ivec2(floor(
            sourceFracIndexCR + vec2(0.5,0.5)));
          float newValue = getImage(b, sourceNearestCR.y, sourceNearestCR.x, d);
          setOutput(newValue);
        }
      }
    `}};var PR=o=>{let{inputs:e,backend:t,attrs:n}=o,{image:r,boxes:s,boxInd:a}=e,{cropSize:i,method:c,extrapolationValue:u}=n,l=new Ui(r.shape,s.shape,i,c,u);return t.runWebGLProgram(l,[r,s,a],"float32")},iC={kernelName:mr,backendName:"webgl",kernelFunc:PR};var Co;(function(o){o.Prod="*",o.Sum="+"})(Co||(Co={}));var ua=class{constructor(e,t,n,r){this.op=e,this.outputShape=t,this.variableNames=["x"],this.customUniforms=[{name:"index",type:"float"}];let s=this.outputShape.length,a=this.op===Co.Prod?"1.0":"0.0",i=n?a:`getX(${cC(s,"coords",this.op)})`,c=this.outputShape[this.outputShape.length-1],u="",l="";n?(u=r?`end != ${c-1}`:"end != 0",l=r?"end + 1":"end - 1"):(u=r?`end + pow2 < ${c}`:"end >= pow2",l=r?"end + pow2":"end - pow2"),this.userCode=`
      void main() {
        ${te(s)} coords = getOutputCoords();
        int end = ${lC(s,"coords",this.op)};
        float val = ${i};
        int pow2 = int(pow(2.0, index));
        if (${u}) {
          int idx = ${l};
          ${lC(s,"coords",this.op)} = idx;
          val ${this.op}= getX(${cC(s,"coords",this.op)});
        }
        setOutput(val);
      }
    `}};function cC(o,e,t){if(o===1)return`${e}`;if(o===2)return`${e}.x, ${e}.y`;if(o===3)return`${e}.x, ${e}.y, ${e}.z`;if(o===4)return`${e}.x, ${e}.y, ${e}.z, ${e}.w`;throw new Error(`Cumulative ${t} for rank ${o} is not yet supported`)}function lC(o,e,t){if(o===1)return`${e}`;if(o===2)return`${e}.y`;if(o===3)return`${e}.z`;if(o===4)return`${e}.w`;throw new Error(`Cumulative ${t} for rank ${o} is not yet supported`)}function Vi(o,e,t,n,r,s){let a=e.shape.length,i=w.getAxesPermutation([n],a),c=e;i!=null&&(c=ge({inputs:{x:e},backend:t,attrs:{perm:i}}));let u=w.getInnerMostAxes(1,a)[0];if(u!==a-1)throw new Error(`WebGL cumprod shader expects an inner-most axis=${e.shape.length-1} but got axis=${n}`);let l=c.shape[u],p=we({inputs:{x:c},backend:t});for(let d=0;d<=Math.ceil(Math.log2(l))-1;d++){let f=new ua(o,c.shape,!1,s),h=[[d]],m=p;p=t.runWebGLProgram(f,[p],p.dtype,h),t.disposeIntermediateTensorInfo(m)}if(r){let d=new ua(o,c.shape,r,s),f=p;p=t.runWebGLProgram(d,[p],p.dtype),t.disposeIntermediateTensorInfo(f)}if(i!=null){let d=w.getUndoAxesPermutation(i),f=ge({inputs:{x:p},backend:t,attrs:{perm:d}});return t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(c),f}return p}function OR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,exclusive:a,reverse:i}=n;return Vi(Co.Prod,r,t,s,a,i)}var uC={kernelName:fr,backendName:"webgl",kernelFunc:OR};function LR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,exclusive:a,reverse:i}=n;return Vi(Co.Sum,r,t,s,a,i)}var pC={kernelName:hr,backendName:"webgl",kernelFunc:LR};function MR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,weights:s}=e,{size:a,binaryOutput:i}=n;if(r.shape.length===1){let c=t.readSync(r.dataId),u=t.readSync(s.dataId),l=ni(c,u,s.dtype,s.shape,a);return t.makeTensorInfo([a],s.dtype,l)}else if(r.shape.length===2){let c=t.bufferSync(r),u=t.bufferSync(s),l=jg(c,u,a,i);return t.makeTensorInfo(l.shape,s.dtype,l.values)}throw new Error(`Error in denseBincount: input must be at most rank 2, but got rank${r.shape.length}.`)}var dC={kernelName:gr,backendName:"webgl",kernelFunc:MR};var zi=class{constructor(e,t,n){this.variableNames=["x"],this.outputShape=[],this.outputShape=e,this.blockSize=t,this.dataFormat=n,this.userCode=`
    void main() {
      ivec4 coords = getOutputCoords();
      int b = coords[0];
      int h = ${this.getHeightCoordString()};
      int w = ${this.getWidthCoordString()};
      int d = ${this.getDepthCoordString()};

      int in_h = h / ${t};
      int offset_h = imod(h, ${t});
      int in_w = w / ${t};
      int offset_w = imod(w, ${t});
      int offset_d = (offset_h * ${t} + offset_w) *
        ${this.getOutputDepthSize()};
      int in_d = d + offset_d;

      float result = ${this.getInputSamplingString()};
      setOutput(result);
    }
  `}getHeightCoordString(){return this.dataFormat==="NHWC"?"coords[1]":"coords[2]"}getWidthCoordString(){return this.dataFormat==="NHWC"?"coords[2]":"coords[3]"}getDepthCoordString(){return this.dataFormat==="NHWC"?"coords[3]":"coords[1]"}getOutputDepthSize(){return this.dataFormat==="NHWC"?this.outputShape[3]:this.outputShape[1]}getInputSamplingString(){return this.dataFormat==="NHWC"?"getX(b, in_h, in_w, in_d)":"getX(b, in_d, in_h, in_w)"}};function QR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockSize:s,dataFormat:a}=n,i=r.shape[0],c=a==="NHWC"?r.shape[1]:r.shape[2],u=a==="NHWC"?r.shape[2]:r.shape[3],l=a==="NHWC"?r.shape[3]:r.shape[1],p=c*s,d=u*s,f=l/(s*s),h=a==="NHWC"?[i,p,d,f]:[i,f,p,d],m=new zi(h,s,a);return t.runWebGLProgram(m,[r],r.dtype)}var fC={kernelName:Ar,backendName:"webgl",kernelFunc:QR};var Dn=class{constructor(e,t=!1,n=null,r=!1,s=!1){this.variableNames=["x","W"],this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=ue(this.outputShape.length);let a=e.filterHeight,i=e.filterWidth,c=e.outChannels/e.inChannels,u="",l="";n&&(r?u=`float activation(float a) {
          float b = getPreluActivationWeightsAtOutCoords();
          ${n}
        }`:s?u=`float activation(float a) {
          float b = getLeakyreluAlphaAtOutCoords();
          ${n}
        }`:u=`
          float activation(float x) {
            ${n}
          }
        `,l="result = activation(result);");let p=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${u}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${c};
        int q = d2 - d1 * ${c};

        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        // Convolve x(?, ?, d1) with w(:, :, d1, q) to get y(yR, yC, d2).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        // TO DO(dsmilkov): Flatten the two for loops and vec4 the operations.
        for (int wR = 0; wR < ${a}; wR++) {
          int xR = xRCorner + wR * dilations[0];

          if (xR < 0 || xR >= inDims[0]) {
            continue;
          }

          for (int wC = 0; wC < ${i}; wC++) {
            int xC = xCCorner + wC * dilations[1];

            if (xC < 0 || xC >= inDims[1]) {
              continue;
            }

            float xVal = getX(batch, xR, xC, d1);
            float wVal = getW(wR, wC, d1, q);
            dotProd += xVal * wVal;
          }
        }

        float result = dotProd;
        ${p}
        ${l}
        setOutput(result);
      }
    `}};var Bn=class{constructor(e,t=!1,n=null,r=!1,s=!1){this.variableNames=["x","W"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"pads",type:"ivec2"},{name:"strides",type:"ivec2"},{name:"dilations",type:"ivec2"},{name:"inDims",type:"ivec2"}],this.outputShape=e.outShape,this.enableShapeUniforms=ue(this.outputShape.length);let a=e.outChannels/e.inChannels,i=e.padInfo.left,c=e.strideWidth,u=e.dilationWidth,l=e.filterHeight,p=e.filterWidth,d=p,f=`
      int xR; int xC; int xCOffset;
      vec4 wTexel; vec4 previous; vec4 final;`;for(let g=0;g<p;g++)f+=`
          vec4 xTexelC${g*2};
          int xTexelC${g*2}Ready;
          vec4 xTexelC${g*2+1};
          int xTexelC${g*2+1}Ready;
          vec4 xC${g};`;f+=`
    for (int r = 0; r < ${l}; r++) {
      `;for(let g=0;g<p;g++)f+=`
          xTexelC${g*2} = vec4(0.0);
          xTexelC${g*2}Ready = 0;
          xTexelC${g*2+1} = vec4(0.0);
          xTexelC${g*2+1}Ready = 0;
          xC${g} = vec4(0.0);`;f+=`
        xR = xRCorner + r * dilations[0];
        if (xR >=0 && xR < inDims[0]) {
      `;for(let g=0;g<(d+1)/2;g++){let x=g*2;if(f+=`
          xC = xCCorner + ${x*u};
          `,c===1){if(x<p&&(i%2===1?(f+=`
                xCOffset = xC + 1;
                if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                  xTexelC${x} = getX(batch, xR, xCOffset, d1);

                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${x}.zw = vec2(0.0);
                  }
                  xTexelC${x}Ready = 1;
                }
              `,u===1&&x>0?f+=`
                xC${x} = vec4(xTexelC${x-2}.zw, xTexelC${x}.xy);
                `:f+=`
                  xCOffset = xC + 1 - 2;

                  if (xCOffset >= 0 && xCOffset < inDims[1]) {
                    previous = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      previous.zw = vec2(0.0);
                    }

                    xC${x} = vec4(previous.zw, xTexelC${x}.xy);
                  } else {
                    xC${x} = vec4(0.0, 0.0, xTexelC${x}.xy);
                  }
                  `):f+=`
                if (xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                  xTexelC${x} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${x}.zw = vec2(0.0);
                  }
                  xTexelC${x}Ready = 1;
                }

                xC${x} = xTexelC${x};
                `,x+1<p)){let b=i%2===0?C.nearestLargerEven(u):u;u%2===0&&i%2===1||u%2!==0&&i%2!==1?(f+=`
                  xCOffset = xC + imod(pads[1], 2) + ${b};

                  if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                    xTexelC${x+1} = getX(batch, xR, xCOffset, d1);

                    // Need to manually clear unused channels in case
                    // we're reading from recycled texture.
                    if (xCOffset + 1 >= inDims[1]) {
                      xTexelC${x+1}.zw = vec2(0.0);
                    }
                    xTexelC${x+1}Ready = 1;
                  }
                  `,u>1?f+=`
                    xCOffset -= 2;
                    if (xCOffset >= 0 && xCOffset < inDims[1]) {
                     previous = getX(batch, xR, xCOffset, d1);
                     xC${x+1} = vec4(previous.zw, xTexelC${x+1}.xy);
                    } else {
                     xC${x+1} = vec4(0.0, 0.0, xTexelC${x+1}.xy);
                    }
                    `:f+=`
                    xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.xy);
                    `):b===1?f+=`
                    xC${x+1} = xTexelC${x};
                    `:f+=`
                    xCOffset = xC + ${b};

                    if (xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                      xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                      if (xCOffset + 1 >= inDims[1]) {
                        xTexelC${x+1}.zw = vec2(0.0);
                      }
                      xTexelC${x+1}Ready = 1;
                    }

                    xC${x+1} = xTexelC${x+1};
                    `}}else x<p&&(i%2===1?(f+=`
                xCOffset = xC + 1 - strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x}Ready == 0) {
                  xTexelC${x} = getX(batch, xR, xCOffset, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${x}.zw = vec2(0.0);
                  }
                  xTexelC${x}Ready = 1;
                }

                if(xC + 1 >= 0 && xC + 1 < inDims[1] && xTexelC${x+1}Ready == 0) {
                  xTexelC${x+1} = getX(batch, xR, xC + 1, d1);
                  // Need to manually clear unused channels in case
                  // we're reading from recycled texture.
                  if (xC + 2 >= inDims[1]) {
                    xTexelC${x+1}.zw = vec2(0.0);
                  }
                  xTexelC${x+1}Ready = 1;
                }

                xC${x} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
              `,x+1<p&&(f+=`
                  final = vec4(0.0);
                  xCOffset = xC + 1 + strides[1];
                  if(xCOffset >= 0 && xCOffset < inDims[1]) {
                    final = getX(batch, xR, xCOffset, d1);
                  }
                  xC${x+1} = vec4(xTexelC${x+1}.xy, final.xy);
                `)):(f+=`
                if(xC >= 0 && xC < inDims[1] && xTexelC${x}Ready == 0) {
                  xTexelC${x} = getX(batch, xR, xC, d1);
                  if (xC + 1 >= inDims[1]) {
                    xTexelC${x}.zw = vec2(0.0);
                  }
                  xTexelC${x}Ready = 1;
                }

                xCOffset = xC + strides[1];
                if(xCOffset >= 0 && xCOffset < inDims[1] && xTexelC${x+1}Ready == 0) {
                  xTexelC${x+1} = getX(batch, xR, xCOffset, d1);
                  if (xCOffset + 1 >= inDims[1]) {
                    xTexelC${x+1}.zw = vec2(0.);
                  }
                  xTexelC${x+1}Ready = 1;
                }

                xC${x} = vec4(
                  xTexelC${x}.xy, xTexelC${x+1}.xy);
              `,x+1<p&&(f+=`
                  xC${x+1} = vec4(xTexelC${x}.zw, xTexelC${x+1}.zw);
                `)));x<p&&(f+=`
            wTexel = getW(r, ${x}, d1, q);
            dotProd += xC${x} * vec4(wTexel.xz, wTexel.xz);
          `,x+1<p&&(f+=`
              wTexel = getW(r, ${x+1}, d1, q);
              dotProd += xC${x+1} * vec4(wTexel.xz, wTexel.xz);
            `))}f+=`
    }
  `,f+=`
      }
    `;let h="",m="";n&&(r?h=`vec4 activation(vec4 a) {
          vec4 b = getPreluActivationWeightsAtOutCoords();
          ${n}
        }`:s?h=`vec4 activation(vec4 a) {
          vec4 b = getLeakyreluAlphaAtOutCoords();
          ${n}
        }`:h=`vec4 activation(vec4 x) {
          ${n}
        }`,m="result = activation(result);");let A=t?"result += getBiasAtOutCoords();":"";t&&this.variableNames.push("bias"),r&&this.variableNames.push("preluActivationWeights"),s&&this.variableNames.push("leakyreluAlpha"),this.userCode=`
      ${h}

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        ivec2 xRCCorner = coords.yz * strides - pads;
        int d2 = coords.w;
        int d1 = d2 / ${a};
        int q = d2 - d1 * ${a};
        int xRCorner = xRCCorner.x;
        int xCCorner = xRCCorner.y;

        //intialize dotProd with a small epsilon seems to reduce GPU accuracy loss.
        vec4 dotProd = vec4(0.000000000000001);

        ${f}

        vec4 result = dotProd - vec4(0.000000000000001);
        ${A}
        ${m}
        setOutput(result);
      }
    `}};function UR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c,dimRoundingMode:u}=n,l=c;l==null&&(l=[1,1]),C.assert(w.eitherStridesOrDilationsAreOne(a,l),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${a} and dilations '${l}'`);let p=w.computeConv2DInfo(r.shape,s.shape,a,l,i,u,!0),d;R().getBool("WEBGL_PACK_DEPTHWISECONV")&&p.strideWidth<=2&&p.outChannels/p.inChannels===1?d=new Bn(p):d=new Dn(p);let f=[[p.padInfo.top,p.padInfo.left],[p.strideHeight,p.strideWidth],[p.dilationHeight,p.dilationWidth],[p.inHeight,p.inWidth]];return t.runWebGLProgram(d,[r,s],"float32",f)}var hC={kernelName:xr,backendName:"webgl",kernelFunc:UR};var Wi=class{constructor(e){this.variableNames=["x","dy"],this.outputShape=e.filterShape;let t=e.strideHeight,n=e.strideWidth,r=e.padInfo.top,s=e.padInfo.left,a=e.outChannels/e.inChannels;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int wR = coords.x;
        int wC = coords.y;
        int d1 = coords.z;
        int dm = coords.w;
        int d2 = d1 * ${a} + dm;

        float dotProd = 0.0;

        // TO DO: Vec4 over the batch size
        for (int b = 0; b < ${e.batchSize}; b++) {
          for (int yR = 0; yR < ${e.outHeight}; yR++) {
            int xR = wR + yR * ${t} - ${r};

            if (xR < 0 || xR >= ${e.inHeight}) {
              continue;
            }

            for (int yC = 0; yC < ${e.outWidth}; yC++) {
              int xC = wC + yC * ${n} - ${s};

              if (xC < 0 || xC >= ${e.inWidth}) {
                continue;
              }

              float dyValue = getDy(b, yR, yC, d2);
              float xValue = getX(b, xR, xC, d1);
              dotProd += (xValue * dyValue);
            }
          }
        }
        setOutput(dotProd);
      }
    `}},Gi=class{constructor(e){this.variableNames=["dy","W"],this.outputShape=e.inShape;let t=e.filterHeight,n=e.filterWidth,r=e.strideHeight,s=e.strideWidth,a=t-1-e.padInfo.top,i=n-1-e.padInfo.left,c=e.outChannels/e.inChannels;this.userCode=`
      const ivec2 pads = ivec2(${a}, ${i});

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords[0];
        int d1 = coords[3];
        ivec2 dyCorner = coords.yz - pads;
        int dyRCorner = dyCorner.x;
        int dyCCorner = dyCorner.y;

        float dotProd = 0.0;

        for (int wR = 0; wR < ${t}; wR++) {
          float dyR = float(dyRCorner + wR) / ${r}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          int wRPerm = ${t} - 1 - wR;

          for (int wC = 0; wC < ${n}; wC++) {
            float dyC = float(dyCCorner + wC) / ${s}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            int wCPerm = ${n} - 1 - wC;

            // TO DO: Vec4 over the channelMul
            for (int dm = 0; dm < ${c}; dm++) {
              int d2 = d1 * ${c} + dm;
              float xValue = getDy(batch, idyR, idyC, d2);
              float wValue = getW(wRPerm, wCPerm, d1, dm);
              dotProd += xValue * wValue;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function VR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,dy:s}=e,{strides:a,dilations:i,pad:c,dimRoundingMode:u,filterShape:l}=n,p=w.computeConv2DInfo(r.shape,l,a,i,c,u,!0),d=new Wi(p);return t.runWebGLProgram(d,[r,s],"float32")}var mC={kernelName:Cr,backendName:"webgl",kernelFunc:VR};function zR(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,filter:s}=e,{strides:a,dilations:i,pad:c,dimRoundingMode:u,inputShape:l}=n,p=w.computeConv2DInfo(l,s.shape,a,i,c,u,!0),d=new Gi(p);return t.runWebGLProgram(d,[r,s],"float32")}var gC={kernelName:br,backendName:"webgl",kernelFunc:zR};var Hi=class{constructor(e){this.variableNames=["X"],this.outputShape=[e,e],this.userCode=`
      void main() {
          ivec2 coords = getOutputCoords();
          float val = coords[0] == coords[1] ? getX(coords[0]) : 0.0;
          setOutput(val);
      }
    `}};function WR(o){let{inputs:e,backend:t}=o,{x:n}=e,r=[...n.shape,...n.shape],s=C.sizeFromShape(n.shape),a=U({inputs:{x:n},backend:t,attrs:{shape:[s]}}),i=new Hi(s),c=t.runWebGLProgram(i,[a],a.dtype),u=U({inputs:{x:c},backend:t,attrs:{shape:r}});return t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(c),u}var AC={kernelName:yr,backendName:"webgl",kernelFunc:WR};var qi=class{constructor(e){this.variableNames=["x","W"],this.outputShape=e.outShape;let{inHeight:t,inWidth:n,padInfo:r,strideHeight:s,strideWidth:a,filterHeight:i,filterWidth:c,dilationHeight:u,dilationWidth:l}=e,{top:p,left:d}=r;this.userCode=`
      const ivec2 strides = ivec2(${s}, ${a});
      const ivec2 pads = ivec2(${p}, ${d});
      const float neg_infinity = -3.4e38;

      void main() {
        ivec4 coords = getOutputCoords();
        int batch = coords.x;
        int d1 = coords.w;
        ivec2 outTopLeftCorner =
            coords.yz * strides - pads;
        int hBeg = outTopLeftCorner.x;
        int wBeg = outTopLeftCorner.y;

        float curVal = neg_infinity;
        for (int h = 0; h < ${i}; h++) {
          int hIn = hBeg + h * ${u};

          if (hIn >= 0 && hIn < ${t}) {
            for (int w = 0; w < ${c}; w++) {
              int wIn = wBeg + w * ${l};

              if (wIn >= 0 && wIn < ${n}) {
                float xVal = getX(batch, hIn, wIn, d1);
                float wVal = getW(h, w, d1);

                float val = xVal + wVal;
                if (val > curVal) {
                  curVal = val;
                }
              }
            }
          }
        }

        float result = curVal;
        setOutput(result);
      }
    `}};function GR(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s}=e,{strides:a,pad:i,dilations:c}=n,u=w.computeDilation2DInfo(r.shape,s.shape,a,i,"NHWC",c),l,p=new qi(u);l=t.runWebGLProgram(p,[r,s],"float32");let d=U({inputs:{x:l},backend:t,attrs:{shape:u.outShape}});return t.disposeIntermediateTensorInfo(l),d}var xC={kernelName:wr,backendName:"webgl",kernelFunc:GR};function HR(o){let{inputs:e,backend:t,attrs:n}=o,{equation:r}=n,s=e,{allDims:a,summedDims:i,idDims:c}=w.decodeEinsumEquation(r,s.length);w.checkEinsumDimSizes(a.length,c,s);let{path:u,steps:l}=w.getEinsumComputePath(i,c),p=l.length,d=null,f=a.length,h=[];for(let m=0;m<p;++m){for(let A of l[m]){let{permutationIndices:g,expandDims:x}=w.getEinsumPermutation(f,c[A]),b;w.isIdentityPermutation(g)?b=s[A]:(b=ge({inputs:{x:s[A]},backend:t,attrs:{perm:g}}),h.push(b));let y=b.shape.slice();for(let I=0;I<x.length;++I)y.splice(x[I],0,1);C.arraysEqual(b.shape,y)||(b=U({inputs:{x:b},backend:t,attrs:{shape:y}}),h.push(b)),d===null?d=b:(d=ca({inputs:{a:b,b:d},backend:t}),h.push(d))}m<p-1&&(u[m]>=0&&(d=go({inputs:{x:d},backend:t,attrs:{axis:u[m]-(a.length-f),keepDims:!1}}),h.push(d)),f--)}for(let m of h)m!==d&&t.disposeIntermediateTensorInfo(m);return d}var CC={kernelName:Ir,backendName:"webgl",kernelFunc:HR};var qR="return (x >= 0.0) ? x : (exp(x) - 1.0);",KR=`
  vec4 result;

  result.r = (x.r >= 0.0) ? x.r : (exp(x.r) - 1.0);
  result.g = (x.g >= 0.0) ? x.g : (exp(x.g) - 1.0);
  result.b = (x.b >= 0.0) ? x.b : (exp(x.b) - 1.0);
  result.a = (x.a >= 0.0) ? x.a : (exp(x.a) - 1.0);

  return result;
`,XR=Y({opSnippet:qR,packedOpSnippet:KR}),bC={kernelName:"Elu",backendName:"webgl",kernelFunc:XR};var jR="return (b >= 0.0) ? a : a * (b + 1.0);",YR=`
  vec4 bGTEZero = vec4(greaterThanEqual(b, vec4(0.)));
  return (bGTEZero * a) + ((vec4(1.0) - bGTEZero) * (a * (b + vec4(1.0))));
`,JR=o=>{let{inputs:e,backend:t}=o,{dy:n,y:r}=e,s=R().getBool("WEBGL_PACK_BINARY_OPERATIONS")?new qe(YR,n.shape,r.shape):new Qe(jR,n.shape,r.shape);return t.runWebGLProgram(s,[n,r],n.dtype)},yC={kernelName:kr,backendName:"webgl",kernelFunc:JR};var ZR=`
  return vec4(equal(a, b));
`,eN="return float(a == b);",tN=ie({opSnippet:eN,packedOpSnippet:ZR,dtype:"bool",cpuKernelImpl:tA}),wC={kernelName:El,backendName:"webgl",kernelFunc:tN};var oN=`
  // Error function is calculated approximately with elementary function.
  // See "Handbook of Mathematical Functions with Formulas,
  // Graphs, and Mathematical Tables", Abramowitz and Stegun.
  float p = ${w.ERF_P};
  float a1 = ${w.ERF_A1};
  float a2 = ${w.ERF_A2};
  float a3 = ${w.ERF_A3};
  float a4 = ${w.ERF_A4};
  float a5 = ${w.ERF_A5};

  float sign = sign(x);
  x = abs(x);
  float t = 1.0 / (1.0 + p * x);
  return sign * (1.0 - (((((a5*t + a4)*t) + a3)*t + a2)*t + a1)*t*exp(-x*x));
`,nN=Y({opSnippet:oN}),IC={kernelName:"Erf",backendName:"webgl",kernelFunc:nN};var rN=st+`
  return exp(x);
`,sN=`
  vec4 result = exp(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,tp=Y({opSnippet:rN,packedOpSnippet:sN,cpuKernelImpl:oA,dtype:"float32"}),kC={kernelName:"Exp",backendName:"webgl",kernelFunc:tp};function Ki(o){let{inputs:e,attrs:t,backend:n}=o,{dim:r}=t,{input:s}=e,a=s.shape.length,i=s.shape.slice(),c=r;return r<0&&(C.assert(-(a+1)<=r,()=>`Axis must be in the interval [${-(a+1)}, ${a}]`),c=a+r+1),i.splice(c,0,1),U({inputs:{x:s},backend:n,attrs:{shape:i}})}var SC={kernelName:Sr,backendName:"webgl",kernelFunc:Ki};var EC="return exp(x) - 1.0;",aN=Y({opSnippet:EC,packedOpSnippet:EC,cpuKernelImpl:nA}),_C={kernelName:vl,backendName:"webgl",kernelFunc:aN};var pa=class{constructor(e,t,n){this.variableNames=["real","imag"];let r=t[1];this.outputShape=t;let s=n?`2.0 * ${Math.PI}`:`-2.0 * ${Math.PI}`,a=n?`${r}.0`:"1.0",i;if(e==="real")i="return real * expR - imag * expI;";else if(e==="imag")i="return real * expI + imag * expR;";else throw new Error(`FFT component must be either "real" or "imag", got ${e}.`);this.userCode=`
      const float exponentMultiplier = ${s};

      float unaryOpComplex(float real, float expR, float imag, float expI) {
        ${i}
      }

      float mulMatDFT(int batch, int index) {
        float indexRatio = float(index) / float(${r});
        float exponentMultiplierTimesIndexRatio =
            exponentMultiplier * indexRatio;

        float result = 0.0;

        for (int i = 0; i < ${r}; i++) {
          // x = (-2|2 * PI / N) * index * i;
          float x = exponentMultiplierTimesIndexRatio * float(i);
          float expR = cos(x);
          float expI = sin(x);
          float real = getReal(batch, i);
          float imag = getImag(batch, i);

          result +=
              unaryOpComplex(real, expR, imag, expI) / ${a};
        }

        return result;
      }

      void main() {
        ivec2 coords = getOutputCoords();
        setOutput(mulMatDFT(coords[0], coords[1]));
      }
    `}};function Xi(o,e,t){let n=t.texData.get(o.dataId),r=C.sizeFromShape(o.shape),s=o.shape[o.shape.length-1],a=r/s,i=U({inputs:{x:o},backend:t,attrs:{shape:[a,s]}}),c=i.shape,u=new pa("real",c,e),l=new pa("imag",c,e),p=[{dataId:n.complexTensorInfos.real.dataId,dtype:n.complexTensorInfos.real.dtype,shape:c},{dataId:n.complexTensorInfos.imag.dataId,dtype:n.complexTensorInfos.imag.dtype,shape:c}],d=t.runWebGLProgram(u,p,"float32"),f=t.runWebGLProgram(l,p,"float32"),h=Ue({inputs:{real:d,imag:f},backend:t});t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f);let m=U({inputs:{x:h},backend:t,attrs:{shape:o.shape}});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(h),m}function iN(o){let{inputs:e,backend:t}=o,{input:n}=e;return Xi(n,!1,t)}var vC={kernelName:"FFT",backendName:"webgl",kernelFunc:iN};var ji=class{constructor(e,t){this.outputShape=[],this.customUniforms=[{name:"value",type:"float"}],this.variableNames=["x"],this.outputShape=e,this.userCode=`
      void main() {
        // Input can be obtained from uniform value.
        setOutput(value);
      }
    `}};function Bt(o){let{backend:e,attrs:t}=o,{shape:n,value:r}=t,{dtype:s}=t;if(s=s||C.inferDtype(r),s==="string"){let a=C.getArrayFromDType(s,C.sizeFromShape(n));return a.fill(r),e.makeTensorInfo(n,s,a)}else{let a=new ji(n,r),i=[[r]];return e.runWebGLProgram(a,[],s,i)}}var $C={kernelName:_r,backendName:"webgl",kernelFunc:Bt};var Yi=class{constructor(e){this.variableNames=["Image"],this.outputShape=[];let t=e[2];this.outputShape=e,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];

          int coordX = ${t} - x - 1;
          float outputValue;
          if(coordX >= 0 && coordX < ${t}) {
            outputValue = getImage(coords[0], coords[1], coordX, coords[3]);
          } else {
            outputValue = getImage(coords[0], coords[1], coords[2], coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var RC={kernelName:vr,backendName:"webgl",kernelFunc:({inputs:o,backend:e})=>{let{image:t}=o,n=e,r=new Yi(t.shape);return n.runWebGLProgram(r,[t],t.dtype)}};var NC="return floor(x);",cN=Y({opSnippet:NC,packedOpSnippet:NC,cpuKernelImpl:rA}),TC={kernelName:$l,backendName:"webgl",kernelFunc:cN};var lN=`
  float s = sign(a) * sign(b);
  int ia = round(a);
  int ib = round(b);
  if (ib != 0) {
    // Windows (D3D) wants guaranteed non-zero int division at compile-time.
    return float(idiv(ia, ib, s));
  } else {
    return NAN;
  }
`,uN=`
  ivec4 ia = round(a);
  ivec4 ib = round(b);
  bvec4 cond = notEqual(ib, ivec4(0));
  ivec4 result = ivec4(0);
  vec4 s = sign(a) * sign(b);

  // Windows (D3D) wants guaranteed non-zero int division at compile-time.
  if (cond[0]) {
    result[0] = idiv(ia[0], ib[0], s[0]);
  }
  if (cond[1]) {
    result[1] = idiv(ia[1], ib[1], s[1]);
  }
  if (cond[2]) {
    result[2] = idiv(ia[2], ib[2], s[2]);
  }
  if (cond[3]) {
    result[3] = idiv(ia[3], ib[3], s[3]);
  }
  return vec4(result);
`,pN=ie({opSnippet:lN,packedOpSnippet:uN,dtype:"int32"}),DC={kernelName:Rl,backendName:"webgl",kernelFunc:pN};var Ji=class{constructor(e){this.variableNames=["A"];let t=Ce(),[n,r]=e;this.outputShape=e,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];
        vec2 uv = (vec2(texC, texR) + halfCR) / vec2(${r}.0, ${n}.0);

        vec4 values = ${t.texture2D}(A, uv);
        float value;
        if (depth == 0) {
          value = values.r;
        } else if (depth == 1) {
          value = values.g;
        } else if (depth == 2) {
          value = values.b;
        } else if (depth == 3) {
          value = values.a;
        }

        setOutput(floor(value * 255.0 + 0.5));
      }
    `}};var Zi=class{constructor(e){this.variableNames=["A"],this.packedInputs=!1,this.packedOutput=!0;let t=Ce(),[n,r]=e;this.outputShape=e,this.userCode=`
      void main() {
        ivec3 coords = getOutputCoords();
        int texR = coords[0];
        int texC = coords[1];
        int depth = coords[2];

        vec4 result = vec4(0.);

        for(int row=0; row<=1; row++) {
          for(int col=0; col<=1; col++) {
            texC = coords[1] + row;
            depth = coords[2] + col;

            vec2 uv = (vec2(texC, texR) + halfCR) /
                       vec2(${r}.0, ${n}.0);
            vec4 values = ${t.texture2D}(A, uv);
            float value;
            if (depth == 0) {
              value = values.r;
            } else if (depth == 1) {
              value = values.g;
            } else if (depth == 2) {
              value = values.b;
            } else if (depth == 3) {
              value = values.a;
            }

            result[row * 2 + col] = floor(value * 255.0 + 0.5);
          }
        }

        ${t.output} = result;
      }
    `}};var BC={kernelName:Jl,backendName:"webgl",kernelFunc:dN},Fn,op=R().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");function dN(o){let{inputs:e,backend:t,attrs:n}=o,{pixels:r}=e,{numChannels:s}=n,a=typeof HTMLVideoElement<"u"&&r instanceof HTMLVideoElement,i=typeof HTMLImageElement<"u"&&r instanceof HTMLImageElement,[c,u]=a?[r.videoWidth,r.videoHeight]:[r.width,r.height],l=[u,c],p=[u,c,s];if(i||a){let m=R().getBool("CANVAS2D_WILL_READ_FREQUENTLY_FOR_GPU");(Fn==null||m!==op)&&(op=m,Fn=document.createElement("canvas").getContext("2d",{willReadFrequently:op})),Fn.canvas.width=c,Fn.canvas.height=u,Fn.drawImage(r,0,0,c,u),r=Fn.canvas}let d=t.makeTensorInfo(l,"int32");t.texData.get(d.dataId).usage=Te.PIXELS,t.gpgpu.uploadPixelDataToTexture(t.getTexture(d.dataId),r);let f=R().getBool("WEBGL_PACK")?new Zi(p):new Ji(p),h=t.runWebGLProgram(f,[d],"int32");return t.disposeData(d.dataId),h}function fN(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s,bias:a,preluActivationWeights:i}=e,{strides:c,pad:u,dataFormat:l,dilations:p,dimRoundingMode:d,activation:f,leakyreluAlpha:h}=n,m=w.convertConv2DDataFormat(l),A=w.computeConv2DInfo(r.shape,s.shape,c,p,u,d,!1,m),g,x=[],b=a!=null,y=i!=null,I=f==="leakyrelu",k=()=>{let _=[r,s],S=(v,T)=>{if(T==="NCHW"&&v.shape.length===1&&v.shape[0]!==1){let N=U({inputs:{x:v},backend:t,attrs:{shape:[v.shape[0],1,1]}});return x.push(N),N}return v};if(b&&_.push(S(a,l)),y&&_.push(S(i,l)),I){let v=t.makeTensorInfo([],"float32",C.createScalarValue(h,"float32"));_.push(v),x.push(v)}return _};if(A.filterHeight===1&&A.filterWidth===1&&A.dilationHeight===1&&A.dilationWidth===1&&A.strideHeight===1&&A.strideWidth===1&&(A.padInfo.type==="SAME"||A.padInfo.type==="VALID"))g=Bi({x:r,filter:s,convInfo:A,backend:t,bias:a,activation:f,preluActivationWeights:i,leakyreluAlpha:h});else if(A.strideWidth<=2&&m==="channelsLast"&&R().getBool("WEBGL_EXP_CONV")){let _=f?Tt(f,!0):null,S=new Tn(A,b,_,y,I),v=[[A.padInfo.top,A.padInfo.left],[A.strideHeight,A.strideWidth],[A.dilationHeight,A.dilationWidth],[A.inHeight,A.inWidth]],T=k();g=t.runWebGLProgram(S,T,"float32",v)}else if(R().getBool("WEBGL_CONV_IM2COL"))g=Fi({x:r,filter:s,convInfo:A,backend:t,bias:a,activation:f,preluActivationWeights:i,leakyreluAlpha:h});else{let _=f?Tt(f,!1):null,S=new Nn(A,b,_,y,I),v=k();g=t.runWebGLProgram(S,v,"float32")}let E=U({inputs:{x:g},backend:t,attrs:{shape:A.outShape}});return x.push(g),x.forEach(_=>t.disposeIntermediateTensorInfo(_)),E}var FC={kernelName:Ms,backendName:"webgl",kernelFunc:fN};function hN(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,filter:s,bias:a,preluActivationWeights:i}=e,{strides:c,pad:u,dilations:l,dimRoundingMode:p,activation:d,leakyreluAlpha:f}=n,h=[],m=l;m==null&&(m=[1,1]),C.assert(w.eitherStridesOrDilationsAreOne(c,m),()=>`Error in depthwiseConv2d: Either strides or dilations must be 1. Got strides ${c} and dilations '${m}'`);let A=w.computeConv2DInfo(r.shape,s.shape,c,m,u,p,!0),g=R().getBool("WEBGL_PACK_DEPTHWISECONV")&&A.strideWidth<=2&&A.outChannels/A.inChannels===1,x=d?Tt(d,g):null,b=[r,s],y=a!=null,I=i!=null,k=d==="leakyrelu";if(y&&b.push(a),I&&b.push(i),k){let v=t.makeTensorInfo([],"float32",C.createScalarValue(f,"float32"));b.push(v),h.push(v)}let E;g?E=new Bn(A,y,x,I,k):E=new Dn(A,y,x,I,k);let _=[[A.padInfo.top,A.padInfo.left],[A.strideHeight,A.strideWidth],[A.dilationHeight,A.dilationWidth],[A.inHeight,A.inWidth]],S=t.runWebGLProgram(E,b,"float32",_);return h.forEach(v=>t.disposeIntermediateTensorInfo(v)),S}var PC={kernelName:Qs,backendName:"webgl",kernelFunc:hN};var ec=class{constructor(e,t,n,r){this.sliceDim=e,this.strides=t,this.paramsShape=r,this.variableNames=["x","indices"],this.outputShape=n;let s=te(n.length),a=`
    int index;`;for(let i=0;i<this.sliceDim;i++)a+=`
          index = round(getIndices(coords[0], ${i}));
          out_of_bounds = out_of_bounds || index < 0;
          out_of_bounds = out_of_bounds || index >= ${this.paramsShape[i]};
          flattenIndex += index * ${this.strides[i]};`;this.userCode=`
         void main() {
          ${s} coords = getOutputCoords();
          int flattenIndex = 0;
          bool out_of_bounds = false;

          ${a}

          setOutput(out_of_bounds ? 0.0 : getX(flattenIndex, coords[1]));
        }
      `}};function mN(o){let{inputs:e,backend:t}=o,{params:n,indices:r}=e,s=r.shape,a=s[s.length-1],i=C.sizeFromShape(n.shape),[c,u,l,p]=w.prepareAndValidate(n,r),d=U({inputs:{x:r},backend:t,attrs:{shape:[u,a]}}),f=U({inputs:{x:n},backend:t,attrs:{shape:[C.sizeFromShape(n.shape)/l,l]}});if(t.shouldExecuteOnCPU([n,r])||n.dtype==="string"){let g=t.readSync(r.dataId),x=t.bufferSync(n),b=sA(g,x,n.dtype,u,a,l,p,n.shape,i);return t.makeTensorInfo(c,n.dtype,b.values)}let h=new ec(a,p,[u,l],n.shape),m=t.runWebGLProgram(h,[f,d],f.dtype),A=U({inputs:{x:m},backend:t,attrs:{shape:c}});return t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(m),A}var OC={kernelName:Nr,backendName:"webgl",kernelFunc:mN};var tc=class{constructor(e,t){this.variableNames=["A","indices"],this.outputShape=t,this.rank=t.length;let n=te(this.rank),r=gN(e,2);this.userCode=`
      void main() {
        ${n} resRC = getOutputCoords();
        int index = int(getIndices(resRC.x, resRC.z));
        float inBounds = (index >= 0) && (index < ${e[2]}) ? 1.0 : 0.0;
        setOutput(inBounds * getA(${r}));
      }
    `}};function gN(o,e){let t=["resRC.x","resRC.y","resRC.z","resRC.w"],n=[];for(let r=0;r<o.length;r++)r===2?n.push("index"):n.push(`${t[r]}`);return n.join()}function np(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,indices:s}=e,{axis:a,batchDims:i}=n,c=C.parseAxisParam(a,r.shape)[0];if(R().get("DEBUG")){let x=t.readSync(s.dataId),b=r.shape[c];for(let y=0;y<x.length;++y){let I=x[y];C.assert(I<=b-1&&I>=0,()=>`GatherV2: the index value ${I} is not in [0, ${b-1}]`)}}let u=w.segment_util.collectGatherOpShapeInfo(r,s,c,i),l=C.sizeFromShape(s.shape),p=[],d=U({inputs:{x:r},backend:t,attrs:{shape:[u.batchSize,u.outerSize,u.dimSize,u.sliceSize]}}),f=U({inputs:{x:s},backend:t,attrs:{shape:[u.batchSize,l/u.batchSize]}});p.push(d),p.push(f);let h=[u.batchSize,u.outerSize,l/u.batchSize,u.sliceSize];if(t.shouldExecuteOnCPU([r,s])||r.dtype==="string"){let x=t.bufferSync(f),b=t.bufferSync(d),y=aA(b,x,h);return p.forEach(I=>t.disposeIntermediateTensorInfo(I)),t.makeTensorInfo(u.outputShape,y.dtype,y.values)}let m=new tc(d.shape,h),A=t.runWebGLProgram(m,[d,f],d.dtype);p.push(A);let g=U({inputs:{x:A},backend:t,attrs:{shape:u.outputShape}});return p.forEach(x=>t.disposeIntermediateTensorInfo(x)),g}var LC={kernelName:Rr,backendName:"webgl",kernelFunc:np};var AN="return float(a > b);",xN=`
  return vec4(greaterThan(a, b));
`,CN=ie({opSnippet:AN,packedOpSnippet:xN,cpuKernelImpl:iA,dtype:"bool"}),MC={kernelName:Nl,backendName:"webgl",kernelFunc:CN};var bN="return float(a >= b);",yN=`
  return vec4(greaterThanEqual(a, b));
`,wN=ie({opSnippet:bN,packedOpSnippet:yN,dtype:"bool",cpuKernelImpl:cA}),QC={kernelName:Tl,backendName:"webgl",kernelFunc:wN};function IN(o){let{inputs:e,backend:t}=o,{input:n}=e;return Xi(n,!0,t)}var UC={kernelName:Tr,backendName:"webgl",kernelFunc:IN};var kN="return float(!isnan(x) && !isinf(x));",SN=Y({opSnippet:kN,dtype:"bool"}),VC={kernelName:Wo,backendName:"webgl",kernelFunc:SN};var EN="return float(isinf(x));",_N=Y({opSnippet:EN,dtype:"bool"}),zC={kernelName:Go,backendName:"webgl",kernelFunc:_N};var vN="return float(isnan(x));",$N=Y({opSnippet:vN,dtype:"bool"}),WC={kernelName:Ho,backendName:"webgl",kernelFunc:$N};var RN="return float(a < b);",NN=`
  return vec4(lessThan(a, b));
`,TN=ie({opSnippet:RN,packedOpSnippet:NN,cpuKernelImpl:lA,dtype:"bool"}),GC={kernelName:Bl,backendName:"webgl",kernelFunc:TN};var DN="return float(a <= b);",BN=`
  return vec4(lessThanEqual(a, b));
`,FN=ie({opSnippet:DN,packedOpSnippet:BN,cpuKernelImpl:uA,dtype:"bool"}),HC={kernelName:Fl,backendName:"webgl",kernelFunc:FN};function PN(o){let{backend:e,attrs:t}=o,{start:n,stop:r,num:s}=t,a=pA(n,r,s);return e.makeTensorInfo([a.length],"float32",a)}var qC={kernelName:Fr,backendName:"webgl",kernelFunc:PN};var ON=st+`
  return x < 0.0 ? 0./0. : log(x);
`,LN=`
  vec4 result = log(x);
  bvec4 isNaN = isnan(x);
  result.r = isNaN.r ? x.r : (x.r < 0.0 ? 0./0. : result.r);
  result.g = isNaN.g ? x.g : (x.g < 0.0 ? 0./0. : result.g);
  result.b = isNaN.b ? x.b : (x.b < 0.0 ? 0./0. : result.b);
  result.a = isNaN.a ? x.a : (x.a < 0.0 ? 0./0. : result.a);
  return result;
`,MN=Y({opSnippet:ON,packedOpSnippet:LN,cpuKernelImpl:dA}),KC={kernelName:"Log",backendName:"webgl",kernelFunc:MN};var QN=st+`
  return log(1.0 + x);
`,UN=Y({opSnippet:QN}),XC={kernelName:qo,backendName:"webgl",kernelFunc:UN};var VN="return float(a >= 1.0 && b >= 1.0);",zN=`
  return vec4(
    vec4(greaterThanEqual(a, vec4(1.0))) *
    vec4(greaterThanEqual(b, vec4(1.0))));
`,WN=ie({opSnippet:VN,packedOpSnippet:zN,dtype:"bool"}),jC={kernelName:Ko,backendName:"webgl",kernelFunc:WN};var GN="return float(!(x >= 1.0));",HN=Y({opSnippet:GN}),YC={kernelName:Xo,backendName:"webgl",kernelFunc:HN};var qN="return float(a >= 1.0 || b >= 1.0);",KN=`
  return min(
    vec4(greaterThanEqual(a, vec4(1.0))) +
    vec4(greaterThanEqual(b, vec4(1.0))),
    vec4(1.0));
`,XN=ie({opSnippet:qN,packedOpSnippet:KN,dtype:"bool"}),JC={kernelName:jo,backendName:"webgl",kernelFunc:XN};var oc=class{constructor(e,t,n,r,s){this.variableNames=["x"],this.outputShape=[];let a=t,i=e[3]-1;this.outputShape=e;let c,u=`float(${n}) + float(${r}) * sum`;s===.5?c=`inversesqrt(${u})`:s===1?c=`1.0/(${u})`:c=`exp(log(${u}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];
        int d = coords[3];
        float x = getX(b, r, c, d);
        float sum = 0.0;
        for (int j = -${a}; j <= ${a}; j++) {
          int idx = d + j;
          if (idx >= 0 && idx <=  ${i}) {
            float z = getX(b, r, c, idx);
            sum += z * z;
          }
        }
        float val = x * ${c};
        setOutput(val);
      }
    `}};var nc=class{constructor(e,t,n,r,s){this.variableNames=["x"],this.outputShape=[],this.packedInputs=!0,this.packedOutput=!0;let a=t,i=e[3]-1;this.outputShape=e;let c,u=`float(${n}) + float(${r}) * sum`;s===.5?c=`inversesqrt(${u})`:s===1?c=`1.0/(${u})`:c=`exp(log(${u}) * float(-${s}));`,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords.x;
        int r = coords.y;
        int c = coords.z;
        int d = coords.w;

        bool hasNextCol = d < ${this.outputShape[3]};
        bool hasNextRow = c < ${this.outputShape[2]};

        vec4 sum = vec4(0.);
        vec4 xFragAtOutputCoords = getX(b, r, c, d);

        vec4 xAtOutputCoords = vec4(
          getChannel(xFragAtOutputCoords, vec2(c, d)),
          hasNextCol ?
            getChannel(xFragAtOutputCoords, vec2(c, d + 1)) : 0.0,
          hasNextRow ?
            getChannel(xFragAtOutputCoords , vec2(c + 1, d)) : 0.0,
          (hasNextRow && hasNextCol) ?
            getChannel(xFragAtOutputCoords, vec2(c + 1, d + 1)) : 0.0
        );

        int firstChannel = d - ${a};
        vec2 cache = vec2(0.);
        if(firstChannel >= 0){
          vec4 firstChannelFrag = getX(b, r, c, firstChannel);
          cache.x = getChannel(firstChannelFrag, vec2(c, firstChannel));
            if(hasNextRow){
              cache.y = getChannel(firstChannelFrag, vec2(c + 1, firstChannel));
            }
        }

        ivec2 depth = ivec2(d, d + 1);
        for (int j = - ${a}; j <= ${a}; j++) {
          ivec2 idx = depth + j;
          bvec2 aboveLowerBound = greaterThanEqual(idx, ivec2(0));
          bvec2 belowUpperBound = lessThanEqual(idx, ivec2(${i}));

          bool depthInRange = aboveLowerBound.x && belowUpperBound.x;
          bool depthPlusOneInRange = aboveLowerBound.y && belowUpperBound.y;

          if(depthInRange || depthPlusOneInRange){
            vec4 z = vec4(0.);
            vec4 xFragAtCurrentDepth;
            z.xz = cache.xy;
            if(depthPlusOneInRange && hasNextCol){
              xFragAtCurrentDepth = idx.y != d ?
                getX(b, r, c, idx.y) : xFragAtOutputCoords;
              z.y = getChannel(xFragAtCurrentDepth, vec2(c, idx.y));
              if(hasNextRow){
                z.w = getChannel(xFragAtCurrentDepth, vec2(c + 1, idx.y));
              }
            }
            cache.xy = z.yw;
            sum += z * z;
          }
        }
        vec4 result = xAtOutputCoords * ${c};
        setOutput(result);
      }
    `}};var jN=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{depthRadius:s,bias:a,alpha:i,beta:c}=n,u=R().getBool("WEBGL_PACK_NORMALIZATION")?new nc(r.shape,s,a,i,c):new oc(r.shape,s,a,i,c);return t.runWebGLProgram(u,[r],r.dtype)},ZC={kernelName:"LRN",backendName:"webgl",kernelFunc:jN};var rc=class{constructor(e,t,n,r,s){this.variableNames=["inputImage","outputImage","dy"],this.outputShape=[],this.outputShape=e,this.depth=e[3],this.depthRadius=t,this.bias=n,this.alpha=r,this.beta=s,this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int r = coords[1];
        int c = coords[2];

        float result = 0.0;
        for (int d = 0; d < ${this.depth}; ++d) {
          int depthBegin = int(max(0.0, float(d - ${t})));
          int depthEnd = int(min(float(${this.depth}),
              float(d + ${t} + 1)));

          const int MIN_DEPTH_BEGIN = 0;
          const int MAX_DEPTH_END = ${this.depth};

          float norm = 0.0;
          for (int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k) {
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd) {
              norm += getInputImage(b, r, c, k) * getInputImage(b, r, c, k);
            }
            else {
              break;
            }
          }

          norm = float(${r}) * norm + float(${n});

          for(int k = MIN_DEPTH_BEGIN; k < MAX_DEPTH_END; ++k){
            if (k < depthBegin){
              continue;
            }
            else if (k >= depthBegin && k < depthEnd){
              float dyi = -2.0 * float(${r})
                * float(${s})
                * getInputImage(b, r, c, k) * getOutputImage(b, r, c, d)
                / norm;
              if (k == d) {
                dyi += pow(norm, -1.0 * ${s});
              }
              if (k == coords[3]) {
                dyi *= getDy(b, r, c, d);
                result += dyi;
              }
            }
            else {
              break;
            }
          }
      }
      setOutput(result);
      }
    `}};var YN=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r,y:s,dy:a}=e,{depthRadius:i,bias:c,alpha:u,beta:l}=n,p=new rc(r.shape,i,c,u,l);return t.runWebGLProgram(p,[r,s,a],r.dtype)},e0={kernelName:Or,backendName:"webgl",kernelFunc:YN};function t0(o,e,t,n){let r=C.sizeFromShape(e),a=C.sizeFromShape(o.shape)/r,i=U({inputs:{x:o},attrs:{shape:[a,r]},backend:n}),c=Xe(i,o.dtype,"max",n),u=U({inputs:{x:c},attrs:{shape:t},backend:n});return n.disposeIntermediateTensorInfo(i),n.disposeIntermediateTensorInfo(c),u}function rp(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{reductionIndices:s,keepDims:a}=n,i=r.shape.length,c=C.parseAxisParam(s,r.shape),u=c,l=w.getAxesPermutation(u,i),p=l!=null,d=t.shouldExecuteOnCPU([r]),f=r;if(p){if(d){let b=t.texData.get(f.dataId).values,y=new Array(i);for(let E=0;E<y.length;E++)y[E]=r.shape[l[E]];let I=mo(b,r.shape,r.dtype,l,y);f=t.makeTensorInfo(y,r.dtype);let k=t.texData.get(f.dataId);k.values=I}else f=qt(r,l,t);u=w.getInnerMostAxes(u.length,i)}w.assertAxesAreInnerMostDims("max",u,i);let[h,m]=w.computeOutAndReduceShapes(f.shape,u),A=h;a&&(A=w.expandShapeToKeepDim(h,c));let g;if(d){let b=t.texData.get(f.dataId).values,y=fA(b,C.sizeFromShape(m),A,r.dtype);g=t.makeTensorInfo(A,r.dtype);let I=t.texData.get(g.dataId);I.values=y}else g=t0(f,m,A,t);return p&&t.disposeIntermediateTensorInfo(f),g}var o0={kernelName:"Max",backendName:"webgl",kernelFunc:rp};var JN=vn+`
  return max(a, b);
`,ZN=`
  vec4 result = vec4(max(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+Ke+`
  return result;
`,eT=ie({opSnippet:JN,packedOpSnippet:ZN,cpuKernelImpl:hA}),n0={kernelName:Ol,backendName:"webgl",kernelFunc:eT};function tT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;bt(r,"maxPool");let{filterSize:s,strides:a,pad:i,dimRoundingMode:c}=n,u=1;C.assert(w.eitherStridesOrDilationsAreOne(a,u),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${a} and dilations '${u}'`);let l=w.computePool2DInfo(r.shape,s,a,u,i,c);if(l.filterWidth===1&&l.filterHeight===1&&C.arraysEqual(l.inShape,l.outShape))return we({inputs:{x:r},backend:t});let p=new ft(l,"max",!1);return t.runWebGLProgram(p,[r],r.dtype)}var r0={kernelName:Mr,backendName:"webgl",kernelFunc:tT};function oT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{filterSize:s,strides:a,pad:i,dataFormat:c,dimRoundingMode:u}=n,l=[1,1,1],p=w.computePool3DInfo(r.shape,s,a,l,i,u,c),d=new Kt(p,"max",!1);return t.runWebGLProgram(d,[r],r.dtype)}var s0={kernelName:Ur,backendName:"webgl",kernelFunc:oT};var sc=class{constructor(e){this.variableNames=["dy","maxPos"],this.outputShape=e.inShape;let t=e.strideHeight,n=e.strideWidth,r=e.dilationHeight,s=e.effectiveFilterHeight,a=e.effectiveFilterWidth,i=s-1-e.padInfo.top,c=a-1-e.padInfo.left,u=s*a-1;this.userCode=`
      const ivec2 pads = ivec2(${i}, ${c});

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];

        ivec2 dyRCCorner = coords.yz - pads;
        int dyRCorner = dyRCCorner.x;
        int dyCCorner = dyRCCorner.y;

        // Convolve dy(?, ?, d) with pos mask(:, :, d) to get dx(xR, xC, d).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;
        for (int wR = 0; wR < ${s};
          wR += ${r}) {
          float dyR = float(dyRCorner + wR) / ${t}.0;

          if (dyR < 0.0 || dyR >= ${e.outHeight}.0 || fract(dyR) > 0.0) {
            continue;
          }
          int idyR = int(dyR);

          for (int wC = 0; wC < ${a}; wC++) {
            float dyC = float(dyCCorner + wC) / ${n}.0;

            if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                fract(dyC) > 0.0) {
              continue;
            }
            int idyC = int(dyC);

            float dyValue = getDy(b, idyR, idyC, d);
            int maxPosValue = ${u} - int(getMaxPos(b, idyR, idyC, d));

            // Get the current value, check it against the value from the
            // position matrix.
            int curPosValue = wR * ${a} + wC;
            float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

            dotProd += dyValue * mask;
          }
        }
        setOutput(dotProd);
      }
    `}},ac=class{constructor(e){this.variableNames=["dy","maxPos"],this.outputShape=e.inShape;let t=e.strideDepth,n=e.strideHeight,r=e.strideWidth,s=e.dilationDepth,a=e.dilationHeight,i=e.dilationWidth,c=e.effectiveFilterDepth,u=e.effectiveFilterHeight,l=e.effectiveFilterWidth,p=c-1-e.padInfo.front,d=u-1-e.padInfo.top,f=l-1-e.padInfo.left,h=c*u*l-1;this.userCode=`
      const ivec3 pads = ivec3(${p}, ${d}, ${f});

      void main() {
        ivec5 coords = getOutputCoords();
        int batch = coords.x;
        int ch = coords.u;

        ivec3 dyCorner = ivec3(coords.y, coords.z, coords.w) - pads;
        int dyDCorner = dyCorner.x;
        int dyRCorner = dyCorner.y;
        int dyCCorner = dyCorner.z;

        // Convolve dy(?, ?, ?, ch) with pos mask(:, :, :, d) to get
        // dx(xD, xR, xC, ch).
        // ? = to be determined. : = across all values in that axis.
        float dotProd = 0.0;

        for (int wD = 0; wD < ${c};
           wD += ${s}) {
          float dyD = float(dyDCorner + wD) / ${t}.0;

          if (dyD < 0.0 || dyD >= ${e.outDepth}.0 || fract(dyD) > 0.0) {
            continue;
          }
          int idyD = int(dyD);

          for (int wR = 0; wR < ${u};
              wR += ${a}) {
            float dyR = float(dyRCorner + wR) / ${n}.0;

            if (dyR < 0.0 || dyR >= ${e.outHeight}.0 ||
                fract(dyR) > 0.0) {
              continue;
            }
            int idyR = int(dyR);

            for (int wC = 0; wC < ${l};
                wC += ${i}) {
              float dyC = float(dyCCorner + wC) / ${r}.0;

              if (dyC < 0.0 || dyC >= ${e.outWidth}.0 ||
                  fract(dyC) > 0.0) {
                continue;
              }
              int idyC = int(dyC);

              float dyValue = getDy(batch, idyD, idyR, idyC, ch);
              int maxPosValue = ${h} -
                  int(getMaxPos(batch, idyD, idyR, idyC, ch));

              // Get the current value, check it against the value from the
              // position matrix.
              int curPosValue =
                  wD * ${u} * ${l} +
                  wR * ${l} + wC;
              float mask = float(maxPosValue == curPosValue ? 1.0 : 0.0);

              dotProd += dyValue * mask;
            }
          }
        }
        setOutput(dotProd);
      }
    `}};function nT(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s}=e,a=s,{filterSize:i,strides:c,pad:u,dimRoundingMode:l}=n,p=[1,1,1],d=w.computePool3DInfo(a.shape,i,c,p,u,l),f=new Kt(d,"max",!0),h=t.runWebGLProgram(f,[a],a.dtype),m=new ac(d),A=t.runWebGLProgram(m,[r,h],a.dtype);return t.disposeIntermediateTensorInfo(h),A}var a0={kernelName:Vr,backendName:"webgl",kernelFunc:nT};function rT(o){let{inputs:e,backend:t,attrs:n}=o,{dy:r,input:s,output:a}=e,i=s;bt([s,a],"maxPoolGrad");let{filterSize:c,strides:u,pad:l,dimRoundingMode:p}=n,d=w.computePool2DInfo(i.shape,c,u,1,l,p),f=!0,h=new ft(d,"max",f),m=t.runWebGLProgram(h,[i],i.dtype),A=new sc(d),g=t.runWebGLProgram(A,[r,m],i.dtype);return t.disposeIntermediateTensorInfo(m),g}var i0={kernelName:Qr,backendName:"webgl",kernelFunc:rT};function c0(o,e,t,n){let r=new ft(t,"max",!1),s=n.runWebGLProgram(r,[o],"float32");r=new ft(t,"max",!0,!0,e);let a=n.runWebGLProgram(r,[o],"float32");return[s,a]}var l0={kernelName:zr,backendName:"webgl",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{x:n}=o,{filterSize:r,strides:s,pad:a,includeBatchInIndex:i}=e,c=t;C.assert(n.shape.length===4,()=>`Error in maxPool: input must be rank 4 but got rank ${n.shape.length}.`);let u=[1,1];C.assert(w.eitherStridesOrDilationsAreOne(s,u),()=>`Error in maxPool: Either strides or dilations must be 1. Got strides ${s} and dilations '${u}'`);let l=w.computePool2DInfo(n.shape,r,s,u,a),[p,d]=c0(n,i,l,c);return[p,d]}};function u0(o,e,t,n){let r=C.sizeFromShape(e),a=C.sizeFromShape(o.shape)/r,i=U({inputs:{x:o},attrs:{shape:[a,r]},backend:n}),c=Xe(i,"float32","mean",n),u=U({inputs:{x:c},attrs:{shape:t},backend:n});return n.disposeIntermediateTensorInfo(i),n.disposeIntermediateTensorInfo(c),u}var p0={kernelName:Wr,backendName:"webgl",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{x:n}=o,{keepDims:r,axis:s}=e,a=t,i=n.shape.length,c=C.parseAxisParam(s,n.shape),u=c,l=w.getAxesPermutation(u,i),p=l!=null,d=a.shouldExecuteOnCPU([n]),f=[],h=n;if(p){if(d){let y=a.texData.get(h.dataId).values,I=new Array(i);for(let _=0;_<I.length;_++)I[_]=n.shape[l[_]];let k=mo(y,n.shape,n.dtype,l,I);h=a.makeTensorInfo(I,n.dtype);let E=a.texData.get(h.dataId);E.values=k}else h=qt(n,l,a);f.push(h),u=w.getInnerMostAxes(u.length,i)}w.assertAxesAreInnerMostDims("sum",u,i);let[m,A]=w.computeOutAndReduceShapes(h.shape,u),g=m;r&&(g=w.expandShapeToKeepDim(m,c));let x=u0(h,A,g,a);for(let b of f)a.disposeIntermediateTensorInfo(b);return x}};function sT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=r.shape.length,c=C.parseAxisParam(s,r.shape),u=c,l=w.getAxesPermutation(u,i),p=r;l!=null&&(p=ge({inputs:{x:r},backend:t,attrs:{perm:l}}),u=w.getInnerMostAxes(u.length,r.shape.length)),w.assertAxesAreInnerMostDims("min",u,i);let[d,f]=w.computeOutAndReduceShapes(p.shape,u),h=C.sizeFromShape(f),m=U({inputs:{x:p},backend:t,attrs:{shape:[-1,h]}}),A=Xe(m,m.dtype,"min",t),g;if(a){let x=w.expandShapeToKeepDim(d,c);g=U({inputs:{x:A},backend:t,attrs:{shape:x}})}else g=U({inputs:{x:A},backend:t,attrs:{shape:d}});return t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(A),l!=null&&t.disposeIntermediateTensorInfo(p),g}var d0={kernelName:"Min",backendName:"webgl",kernelFunc:sT};var aT=vn+`
  return min(a, b);
`,iT=`
  vec4 result = vec4(min(a, b));
  bvec4 isNaNA = isnan(a);
  bvec4 isNaNB = isnan(b);
  bvec4 isNaN = bvec4(isNaNA.x || isNaNB.x, isNaNA.y || isNaNB.y, isNaNA.z || isNaNB.z, isNaNA.w || isNaNB.w);
  `+Ke+`
  return result;
`,cT=ie({opSnippet:aT,packedOpSnippet:iT,cpuKernelImpl:mA}),f0={kernelName:Ll,backendName:"webgl",kernelFunc:cT};var ic=class{constructor(e,t,n){this.variableNames=["x"],this.outputShape=t.map((l,p)=>l[0]+e[p]+l[1]);let r=e.length,s=te(r),a=t.map(l=>l[0]).join(","),i=t.map((l,p)=>l[0]+e[p]).join(","),c=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,r),u=n==="reflect"?0:1;if(r===1){this.userCode=`
        int start = ${a};
        int end = ${i};

        void main() {
          int outC = getOutputCoords();
          if (outC < start) {
            outC = start * 2 - outC - ${u};
          } else if(outC >= end) {
            outC = (end - 1) * 2 - outC + ${u};
          }
          setOutput(getX(outC - start));
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${a});
      ${s} end = ${s}(${i});

      void main() {
        ${s} outC = getOutputCoords();
        for (int i = 0; i < ${r}; i++) {
          if (outC[i] < start[i]) {
            outC[i] = start[i] * 2 - outC[i] - ${u};
          } else if(outC[i] >= end[i]) {
            outC[i] = (end[i] - 1) * 2 - outC[i] + ${u};
          }
        }
        ${s} coords = outC - start;
        setOutput(getX(${c}));
      }
    `}};var cc=class{constructor(e,t,n){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=t.map((h,m)=>h[0]+e[m]+h[1]);let r=e.length,s=te(r),a=t.map(h=>h[0]).join(","),i=t.map((h,m)=>h[0]+e[m]).join(","),c=ye("rc",r),u=ye("source",r),l=`${c[r-1]} < ${this.outputShape[r-1]}`,p=r===1?"source":`vec2(${u.slice(-2).join()})`,d=n==="reflect"?0:1,f="";if(r===1){let h=`
        ${s} source = rc;
        if (source < start) {
          source = start * 2 - source - ${d};
        } else if (source >= end) {
          source = (end - 1) * 2 - source + ${d};
        }
        source -= start;
      `;f=`
        ${s} rc = outputLoc;
        ${h}
        result[0] = getChannel(getX(${u.join()}), ${p});
        ${c[r-1]} += 1;
        if(${l}) {
          ${h}
          result[1] = getChannel(getX(${u.join()}), ${p});
        }
      `}else{let h=`
        ${s} source = rc;
        ${s} lt = ${s}(lessThan(source, start));
        ${s} gte = ${s}(greaterThanEqual(source, end));
        ${s} orig = 1 - (lt + gte);
        source = orig * source +
                lt * (start * 2 - source - ${d}) +
                gte * ((end - 1) * 2 - source + ${d});
        source -= start;
      `;f=`
        ${s} rc = outputLoc;
        ${h}
        result[0] = getChannel(getX(${u.join()}), ${p});
        ${c[r-1]} += 1;
        if(${l}) {
          ${h}
          result[1] = getChannel(getX(${u.join()}), ${p});
        }
        rc = outputLoc;
        ${c[r-2]} += 1;
        if(${c[r-2]} < ${this.outputShape[r-2]}) {
          ${h}
          result[2] = getChannel(getX(${u.join()}), ${p});
          ${c[r-1]} += 1;
          if(${l}) {
            ${h}
            result[3] = getChannel(getX(${u.join()}), ${p});
          }
        }
      `}this.userCode=`
      const ${s} start = ${s}(${a});
      const ${s} end = ${s}(${i});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${f}
        setOutput(result);
      }
    `}};var lT=({inputs:o,backend:e,attrs:t})=>{let{x:n}=o,{paddings:r,mode:s}=t,a=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new cc(n.shape,r,s):new ic(n.shape,r,s);return e.runWebGLProgram(a,[n],n.dtype)},h0={kernelName:Hr,backendName:"webgl",kernelFunc:lT};var uT=`if (b == 0.0) return NAN;
  return mod(a, b);`,pT=`
  vec4 result = mod(a, b);
  bvec4 isNaN = equal(b, vec4(0.0));
  `+Ke+`
  return result;
`,dT=ie({opSnippet:uT,packedOpSnippet:pT}),m0={kernelName:"Mod",backendName:"webgl",kernelFunc:dT};var lc=class{constructor(e,t,n){this.variableNames=["probs"],this.customUniforms=[{name:"seed",type:"float"}],this.outputShape=[e,n],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];

        float r = random(seed);
        float cdf = 0.0;

        for (int i = 0; i < ${t-1}; i++) {
          cdf += getProbs(batch, i);

          if (r < cdf) {
            setOutput(float(i));
            return;
          }
        }

        // If no other event happened, last event happened.
        setOutput(float(${t-1}));
      }
    `}};var fT=`
if (a == b) {
  return 1.0;
};
return a / b;`,hT=`
  // vec4 one = vec4(equal(a, b));
  // return one + (vec4(1.0) - one) * a / b;
  vec4 result = a / b;
  if(a.x == b.x) {
    result.x = 1.;
  }
  if(a.y == b.y) {
    result.y = 1.;
  }
  if(a.z == b.z) {
    result.z = 1.;
  }
  if(a.w == b.w) {
    result.w = 1.;
  }

  return result;
`,sp=ie({opSnippet:fT,packedOpSnippet:hT,checkOutOfBounds:!0}),g0={kernelName:Uo,backendName:"webgl",kernelFunc:sp};var A0="return a - b;",ap=ie({opSnippet:A0,packedOpSnippet:A0,supportsComplex:!0,cpuKernelImpl:PA}),x0={kernelName:"Sub",backendName:"webgl",kernelFunc:ap};function ip(o){let{inputs:e,backend:t,attrs:n}=o,{logits:r}=e,{dim:s}=n,a=C.parseAxisParam([s],r.shape),i=rp({inputs:{x:r},backend:t,attrs:{reductionIndices:a,keepDims:!1}}),c=w.expandShapeToKeepDim(i.shape,a),u=U({inputs:{x:i},backend:t,attrs:{shape:c}}),l=ap({inputs:{a:r,b:u},backend:t}),p=tp({inputs:{x:l},backend:t}),d=go({inputs:{x:p},backend:t,attrs:{axis:a,keepDims:!1}}),f=U({inputs:{x:d},backend:t,attrs:{shape:c}}),h=sp({inputs:{a:p,b:f},backend:t});return t.disposeIntermediateTensorInfo(i),t.disposeIntermediateTensorInfo(u),t.disposeIntermediateTensorInfo(l),t.disposeIntermediateTensorInfo(p),t.disposeIntermediateTensorInfo(d),t.disposeIntermediateTensorInfo(f),h}var C0={kernelName:Cs,backendName:"webgl",kernelFunc:ip};function mT(o){let{inputs:e,backend:t,attrs:n}=o,{logits:r}=e,{numSamples:s,seed:a,normalized:i}=n,c=i?r:ip({inputs:{logits:r},backend:t,attrs:{dim:r.shape.length-1}}),u=c.shape[0],l=c.shape[1],p=new lc(u,l,s),d=[[a]],f=t.runWebGLProgram(p,[c],"int32",d);return i||t.disposeIntermediateTensorInfo(c),f}var b0={kernelName:qr,backendName:"webgl",kernelFunc:mT};var gT=Ee+`
  return -x;
`,AT=`
  vec4 result = -x;
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`;function xT(o){let{inputs:e,backend:t}=o,{x:n}=e;if(t.shouldExecuteOnCPU([n])){let s=t.texData.get(n.dataId),[a,i]=AA(s.values,n.shape,n.dtype);return t.makeTensorInfo(i,n.dtype,a)}let r;return R().getBool("WEBGL_PACK_UNARY_OPERATIONS")?r=new Me(n.shape,AT):r=new Ne(n.shape,gT),t.runWebGLProgram(r,[n],n.dtype)}var y0={kernelName:"Neg",backendName:"webgl",kernelFunc:xT};var CT=Be.nonMaxSuppressionV3Impl;function bT(o){w.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c}=n,u=t.readSync(r.dataId),l=t.readSync(s.dataId),{selectedIndices:p}=CT(u,l,a,i,c);return t.makeTensorInfo([p.length],"int32",new Int32Array(p))}var w0={kernelName:Kr,backendName:"webgl",kernelFunc:bT};var yT=Be.nonMaxSuppressionV4Impl;function wT(o){w.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c,padToMaxOutputSize:u}=n,l=t.readSync(r.dataId),p=t.readSync(s.dataId),{selectedIndices:d,validOutputs:f}=yT(l,p,a,i,c,u);return[t.makeTensorInfo([d.length],"int32",new Int32Array(d)),t.makeTensorInfo([],"int32",new Int32Array([f]))]}var I0={kernelName:Xr,backendName:"webgl",kernelFunc:wT};var IT=Be.nonMaxSuppressionV5Impl;function kT(o){w.warn("tf.nonMaxSuppression() in webgl locks the UI thread. Call tf.nonMaxSuppressionAsync() instead");let{inputs:e,backend:t,attrs:n}=o,{boxes:r,scores:s}=e,{maxOutputSize:a,iouThreshold:i,scoreThreshold:c,softNmsSigma:u}=n,l=t.readSync(r.dataId),p=t.readSync(s.dataId),d=a,f=i,h=c,m=u,{selectedIndices:A,selectedScores:g}=IT(l,p,d,f,h,m);return[t.makeTensorInfo([A.length],"int32",new Int32Array(A)),t.makeTensorInfo([g.length],"float32",new Float32Array(g))]}var k0={kernelName:jr,backendName:"webgl",kernelFunc:kT};var uc=class{constructor(e,t,n,r){this.variableNames=["indices"],this.outputShape=[e,t],this.userCode=`
      void main() {
        ivec2 coords = getOutputCoords();
        int index = round(getIndices(coords.x));
        setOutput(mix(float(${r}), float(${n}),
                      float(index == coords.y)));
      }
    `}};var ST=o=>{let{inputs:e,backend:t,attrs:n}=o,{indices:r}=e,{dtype:s,depth:a,onValue:i,offValue:c}=n,u=C.sizeFromShape(r.shape),l=new uc(u,a,i,c),p=U({inputs:{x:r},backend:t,attrs:{shape:[u]}}),d=t.runWebGLProgram(l,[p],s);t.disposeIntermediateTensorInfo(p);let f=[...r.shape,a],h=U({inputs:{x:d},backend:t,attrs:{shape:f}});return t.disposeIntermediateTensorInfo(d),h},S0={kernelName:Jr,backendName:"webgl",kernelFunc:ST};function da(o){let{inputs:e,backend:t}=o,{x:n}=e;if(n.dtype==="complex64"){let r=Dt({inputs:{input:n},backend:t}),s=da({inputs:{x:r},backend:t}),a=xo({inputs:{input:n},backend:t}),i=da({inputs:{x:a},backend:t}),c=Ue({inputs:{real:s,imag:i},backend:t});return t.disposeIntermediateTensorInfo(r),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(i),c}else return Bt({attrs:{shape:n.shape,dtype:n.dtype,value:n.dtype==="string"?"":0},backend:t})}var E0={kernelName:Ps,backendName:"webgl",kernelFunc:da};function _0(o){let{inputs:e,backend:t}=o,{x:n}=e;if(n.dtype==="string")throw new Error("onesLike is not supported under string dtype");if(n.dtype==="complex64"){let r=Dt({inputs:{input:n},backend:t}),s=_0({inputs:{x:r},backend:t}),a=xo({inputs:{input:n},backend:t}),i=da({inputs:{x:a},backend:t}),c=Ue({inputs:{real:s,imag:i},backend:t});return t.disposeIntermediateTensorInfo(r),t.disposeIntermediateTensorInfo(s),t.disposeIntermediateTensorInfo(a),t.disposeIntermediateTensorInfo(i),c}else return Bt({attrs:{shape:n.shape,dtype:n.dtype,value:1},backend:t})}var v0={kernelName:Yr,backendName:"webgl",kernelFunc:_0};function ET(o){let{inputs:e,backend:t,attrs:n}=o,{axis:r}=n;if(e.length===1)return Ki({inputs:{input:e[0]},backend:t,attrs:{dim:r}});let s=e[0].shape,a=e[0].dtype;e.forEach(l=>{C.assertShapesMatch(s,l.shape,"All tensors passed to stack must have matching shapes"),C.assert(a===l.dtype,()=>"All tensors passed to stack must have matching dtypes")});let i=[],c=e.map(l=>{let p=Ki({inputs:{input:l},backend:t,attrs:{dim:r}});return i.push(p),p}),u=ep({inputs:c,backend:t,attrs:{axis:r}});return i.forEach(l=>t.disposeIntermediateTensorInfo(l)),u}var $0={kernelName:Zr,backendName:"webgl",kernelFunc:ET};var pc=class{constructor(e,t,n){this.variableNames=["x"],this.customUniforms=[{name:"value",type:"float"}],this.outputShape=t.map((u,l)=>u[0]+e[l]+u[1]);let r=e.length,s=te(r),a=t.map(u=>u[0]).join(","),i=t.map((u,l)=>u[0]+e[l]).join(","),c=["coords[0]","coords[1]","coords[2]","coords[3]"].slice(0,r);if(r===1){this.userCode=`
        int start = ${a};
        int end = ${i};

        void main() {
          int outC = getOutputCoords();
          if (outC < start || outC >= end) {
            setOutput(value);
          } else {
            setOutput(getX(outC - start));
          }
        }
      `;return}this.userCode=`
      ${s} start = ${s}(${a});
      ${s} end = ${s}(${i});

      void main() {
        ${s} outC = getOutputCoords();
        if (any(lessThan(outC, start)) || any(greaterThanEqual(outC, end))) {
          setOutput(value);
        } else {
          ${s} coords = outC - start;
          setOutput(getX(${c}));
        }
      }
    `}};var dc=class{constructor(e,t,n){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0,this.customUniforms=[{name:"value",type:"float"}],this.outputShape=t.map((m,A)=>m[0]+e[A]+m[1]);let r=e.length,s=te(r),a=t.map(m=>m[0]).join(","),i=t.map((m,A)=>m[0]+e[A]).join(","),c=ye("rc",r),u=ye("source",r),l=`${c[r-1]} < ${this.outputShape[r-1]}`,p=r===1?"source":`vec2(${u.slice(-2).join()})`,d=[`${s} rc = outputLoc;`,`${c[r-1]} += 1;
       if(${l}) {
      `,r===1?"":`}
       rc = outputLoc;
       ${c[r-2]} += 1;
       if(${c[r-2]} < ${this.outputShape[r-2]}) {`,r===1?"":`  ${c[r-1]} += 1;
         if(${l}) {`],f=r===1?"rc < start || rc >= end":"any(lessThan(rc, start)) || any(greaterThanEqual(rc, end))",h="";for(let m=0,A=r===1?2:4;m<A;m++)h+=`
        ${d[m]}
        if (${f}) {
          result[${m}] = float(value);
        } else {
          ${s} source = rc - start;
          result[${m}] = getChannel(getX(${u.join()}), ${p});
        }
      `;h+=r===1?"} ":"}}",this.userCode=`
      const ${s} start = ${s}(${a});
      const ${s} end = ${s}(${i});

      void main() {
        ${s} outputLoc = getOutputCoords();
        vec4 result = vec4(0.);
        ${h}
        setOutput(result);
      }
    `}};var cp=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{paddings:s,constantValue:a}=n;if(C.sizeFromShape(r.shape)===0){let u=s.map((l,p)=>l[0]+r.shape[p]+l[1]);return Bt({backend:t,attrs:{shape:u,value:a,dtype:r.dtype}})}let i=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new dc(r.shape,s,a):new pc(r.shape,s,a),c=[[a]];return t.runWebGLProgram(i,[r],r.dtype,c)},R0={kernelName:es,backendName:"webgl",kernelFunc:cp};var _T=`
  if(a < 0.0 && floor(b) < b){
    return NAN;
  }
  if (b == 0.0) {
    return 1.0;
  }
  return (round(mod(b, 2.0)) != 1) ?
      pow(abs(a), b) : sign(a) * pow(abs(a), b);
`,vT=`
  // isModRound1 has 1 for components with round(mod(b, 2.0)) == 1, 0 otherwise.
  vec4 isModRound1 = vec4(equal(round(mod(b, 2.0)), ivec4(1)));
  vec4 multiplier = sign(a) * isModRound1 + (vec4(1.0) - isModRound1);
  vec4 result = multiplier * pow(abs(a), b);

  // Ensure that a^0 = 1, including 0^0 = 1 as this correspond to TF and JS
  bvec4 isExpZero = equal(b, vec4(0.0));
  result.r = isExpZero.r ? 1.0 : result.r;
  result.g = isExpZero.g ? 1.0 : result.g;
  result.b = isExpZero.b ? 1.0 : result.b;
  result.a = isExpZero.a ? 1.0 : result.a;

  bvec4 isNaN1 = lessThan(a, vec4(0.0));
  bvec4 isNaN2 = lessThan(floor(b), b);
  bvec4 isNaN = bvec4(isNaN1.x && isNaN2.x, isNaN1.y && isNaN2.y, isNaN1.z && isNaN2.z, isNaN1.w && isNaN2.w);
  `+Ke+`
  return result;
`,$T=ie({opSnippet:_T,packedOpSnippet:vT}),N0={kernelName:"Pow",backendName:"webgl",kernelFunc:$T};function RT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{axis:s,keepDims:a}=n,i=r.shape.length,c=[],u=C.parseAxisParam(s,r.shape),l=u,p=w.getAxesPermutation(l,i),d=r;p!=null&&(d=ge({inputs:{x:r},backend:t,attrs:{perm:p}}),l=w.getInnerMostAxes(l.length,i),c.push(d)),w.assertAxesAreInnerMostDims("prod",l,i);let f;if(t.shouldExecuteOnCPU([d])){let h=t.texData.get(d.dataId).values,{outVals:m,outShape:A,outDtype:g}=CA(d.shape,d.dtype,h,l);f=t.makeTensorInfo(A,g,m)}else{let[h,m]=w.computeOutAndReduceShapes(d.shape,l),A=C.sizeFromShape(m),g=U({inputs:{x:d},backend:t,attrs:{shape:[-1,A]}}),x=oo(r.dtype),b=Xe(g,x,"prod",t);f=U({inputs:{x:b},backend:t,attrs:{shape:h}}),c.push(g),c.push(b)}if(a){c.push(f);let h=w.expandShapeToKeepDim(f.shape,u);f=U({inputs:{x:f},backend:t,attrs:{shape:h}})}return c.forEach(h=>t.disposeIntermediateTensorInfo(h)),f}var T0={kernelName:Vl,backendName:"webgl",kernelFunc:RT};function NT(o){let{inputs:e,backend:t,attrs:n}=o,{paramsNestedSplits:r,paramsDenseValues:s,indices:a}=e,{outputRaggedRank:i}=n,c=r.map(g=>t.readSync(g.dataId)),u=r.map(g=>g.shape),l=t.readSync(s.dataId),p=t.readSync(a.dataId),[d,f,h]=bA(c,u,l,s.shape,s.dtype,p,a.shape,i),m=d.map(g=>t.makeTensorInfo([g.length],"int32",g)),A=t.makeTensorInfo(h,s.dtype,f);return m.concat([A])}var D0={kernelName:os,backendName:"webgl",kernelFunc:NT};function TT(o){let{inputs:e,backend:t}=o,{starts:n,limits:r,deltas:s}=e,a=t.readSync(n.dataId),i=t.readSync(r.dataId),c=t.readSync(s.dataId),[u,l]=yA(a,n.shape,n.dtype,i,r.shape,c,s.shape),p=t.makeTensorInfo([u.length],"int32",u),d=t.makeTensorInfo([l.length],n.dtype,l);return[p,d]}var B0={kernelName:ns,backendName:"webgl",kernelFunc:TT};function DT(o){let{inputs:e,backend:t,attrs:n}=o,{shape:r,values:s,defaultValue:a,rowPartitionTensors:i}=e,{rowPartitionTypes:c}=n,u=t.readSync(r.dataId),l=t.readSync(s.dataId),p=t.readSync(a.dataId),d=i.map(A=>t.readSync(A.dataId)),f=i.map(A=>A.shape),[h,m]=wA(u,r.shape,l,s.shape,s.dtype,p,a.shape,d,f,c);return t.makeTensorInfo(h,s.dtype,m)}var F0={kernelName:rs,backendName:"webgl",kernelFunc:DT};var lp=o=>{let{backend:e,attrs:t}=o,{start:n,stop:r,step:s,dtype:a}=t,i=IA(n,r,s,a);return e.makeTensorInfo([i.length],a,i)},P0={kernelName:ss,backendName:"webgl",kernelFunc:lp};var BT="return 1.0 / x;",FT=Y({opSnippet:BT}),O0={kernelName:Zo,backendName:"webgl",kernelFunc:FT};var PT=Ee+`
  return (x < 0.0) ? 0.0 : x;
`,OT=`
  vec4 result = x * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,LT=Y({opSnippet:PT,packedOpSnippet:OT}),L0={kernelName:en,backendName:"webgl",kernelFunc:LT};var MT=Ee+`
  return (x < 0.0) ? 0.0 : min(6.0, x);
`,QT=`
  vec4 result = min(x, vec4(6.)) * vec4(greaterThanEqual(x, vec4(0.0)));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,UT=Y({opSnippet:MT,packedOpSnippet:QT}),M0={kernelName:tn,backendName:"webgl",kernelFunc:UT};var fc=class{constructor(e,t,n,r,s){this.variableNames=["A"],this.outputShape=[];let[a,i,c,u]=e;this.outputShape=[a,t,n,u];let l=[r&&t>1?i-1:i,r&&n>1?c-1:c],p=[r&&t>1?t-1:t,r&&n>1?n-1:n],d;s?d="(vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC - vec2(0.5)":d="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${l[0]/p[0]},
          ${l[1]/p[1]});
      const vec2 inputShapeRC = vec2(${i}.0, ${c}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${d};

        // Compute the four integer indices.
        ivec2 sourceFloorRC = ivec2(max(sourceFracIndexRC, vec2(0.0)));
        ivec2 sourceCeilRC = ivec2(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        float topLeft = getA(b, sourceFloorRC.x, sourceFloorRC.y, d);
        float bottomLeft = getA(b, sourceCeilRC.x, sourceFloorRC.y, d);
        float topRight = getA(b, sourceFloorRC.x, sourceCeilRC.y, d);
        float bottomRight = getA(b, sourceCeilRC.x, sourceCeilRC.y, d);

        vec2 fracRC = sourceFracIndexRC - vec2(sourceFloorRC);

        float top = topLeft + (topRight - topLeft) * fracRC.y;
        float bottom = bottomLeft + (bottomRight - bottomLeft) * fracRC.y;
        float newValue = top + (bottom - top) * fracRC.x;

        setOutput(newValue);
      }
    `}};var hc=class{constructor(e,t,n,r,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[a,i,c,u]=e;this.outputShape=[a,t,n,u];let l=[r&&t>1?i-1:i,r&&n>1?c-1:c],p=[r&&t>1?t-1:t,r&&n>1?n-1:n],d;s?d="(vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC - vec3(0.5)":d="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${l[0]/p[0]},
          ${l[1]/p[1]},
          ${l[1]/p[1]});
      const vec3 inputShapeRC = vec3(${i}.0, ${c}.0,
                                     ${c}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${d};

        // Compute the four integer indices.
        ivec3 sourceFloorRC = ivec3(max(sourceFracIndexRC, vec3(0.0)));
        ivec3 sourceCeilRC = ivec3(
          min(inputShapeRC - 1.0, ceil(sourceFracIndexRC)));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${u-1};
        bool hasNextRow = coords.z < ${n-1};

        // In parallel, construct four corners for all four components in
        // packed 2x2 cell.
        vec4 topLeft = vec4(
          getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 bottomLeft = vec4(
          getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceFloorRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceFloorRC.z, d + 1) : 0.0);

        vec4 topRight = vec4(
          getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceFloorRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceFloorRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec4 bottomRight = vec4(
          getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d),
          hasNextCol ? getAValue(b, sourceCeilRC.x, sourceCeilRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceCeilRC.x, sourceCeilRC.z, d + 1) : 0.0);

        vec3 fracRC = sourceFracIndexRC - vec3(sourceFloorRC);

        vec4 top = mix(topLeft, topRight, fracRC.yyzz);
        vec4 bottom = mix(bottomLeft, bottomRight, fracRC.yyzz);
        vec4 newValue = mix(top, bottom, fracRC.x);

        setOutput(newValue);
      }
    `}};function VT(o){let{inputs:e,backend:t,attrs:n}=o,{images:r}=e,{alignCorners:s,halfPixelCenters:a,size:i}=n,[c,u]=i,l=R().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new hc(r.shape,c,u,s,a):new fc(r.shape,c,u,s,a);return t.runWebGLProgram(l,[r],"float32")}var Q0={kernelName:ls,backendName:"webgl",kernelFunc:VT};var mc=class{constructor(e,t,n){this.variableNames=["dy"],this.outputShape=[],this.outputShape=t;let[,r,s]=t,[,a,i]=e,c=[n&&a>1?r-1:r,n&&i>1?s-1:s],u=[n&&a>1?a-1:a,n&&i>1?i-1:i],l=c[0]/u[0],p=c[1]/u[1],d=1/l,f=1/p,h=Math.ceil(d)*2+2,m=Math.ceil(f)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${l});
        const float widthScale = float(${p});

        const float invHeightScale = float(${d});
        const float invWidthScale = float(${f});

        const int winHeight = int(${h});
        const int winWidth = int(${m});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(startRLerp - float(winHeight / 2));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(startCLerp - float(winWidth / 2));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${a}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${i}) {
              continue;
            }

            float dxR = float(dyR) * heightScale;
            int topDxRIndex = int(floor(dxR));
            int bottomDxRIndex = int(min(ceil(dxR), ${r-1}.0));
            float dxRLerp = dxR - float(topDxRIndex);
            float inverseDxRLerp = 1.0 - dxRLerp;

            float dxC = float(dyC) * widthScale;
            int leftDxCIndex = int(floor(dxC));
            int rightDxCIndex = int(min(ceil(dxC), ${s-1}.0));
            float dxCLerp = dxC - float(leftDxCIndex);
            float inverseDxCLerp = 1.0 - dxCLerp;

            if (r == topDxRIndex && c == leftDxCIndex) {
              // topLeft
              accumulator +=
                getDy(b, dyR, dyC, d) * inverseDxRLerp * inverseDxCLerp;
            }

            if (r == topDxRIndex && c == rightDxCIndex) {
              // topRight
              accumulator += getDy(b, dyR, dyC, d) * inverseDxRLerp * dxCLerp;
            }

            if (r == bottomDxRIndex && c == leftDxCIndex) {
              // bottomLeft
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * inverseDxCLerp;
            }

            if (r == bottomDxRIndex && c == rightDxCIndex) {
              // bottomRight
              accumulator += getDy(b, dyR, dyC, d) * dxRLerp * dxCLerp;
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function zT(o){let{inputs:e,backend:t,attrs:n}=o,{images:r,dy:s}=e,{alignCorners:a}=n,i=new mc(s.shape,r.shape,a);return t.runWebGLProgram(i,[s],s.dtype)}var U0={kernelName:us,backendName:"webgl",kernelFunc:zT};var gc=class{constructor(e,t,n,r,s){this.variableNames=["A"],this.outputShape=[];let[a,i,c,u]=e;this.outputShape=[a,t,n,u];let l=[r&&t>1?i-1:i,r&&n>1?c-1:c],p=[r&&t>1?t-1:t,r&&n>1?n-1:n],d=r?"0.5":"0.0",f;s?f="max((vec2(yRC) + vec2(0.5)) * effectiveInputOverOutputRatioRC, vec2(0.0))":f="vec2(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec2 effectiveInputOverOutputRatioRC = vec2(
          ${l[0]/p[0]},
          ${l[1]/p[1]});
      const vec2 inputShapeRC = vec2(${i}.0, ${c}.0);

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        ivec2 yRC = coords.yz;

        // Fractional source index.
        vec2 sourceFracIndexRC = ${f};

        // Compute the coordinators of nearest neighbor point.
        ivec2 sourceNearestRC = ivec2(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${d})));
        float newValue = getA(b, sourceNearestRC.x, sourceNearestRC.y, d);

        setOutput(newValue);
      }
    `}};var Ac=class{constructor(e,t,n,r,s){this.variableNames=["A"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=[];let[a,i,c,u]=e;this.outputShape=[a,t,n,u];let l=[r&&t>1?i-1:i,r&&n>1?c-1:c],p=[r&&t>1?t-1:t,r&&n>1?n-1:n],d=r?"0.5":"0.0",f;s?f="max((vec3(yRC) + vec3(0.5)) * effectiveInputOverOutputRatioRC, vec3(0.0))":f="vec3(yRC) * effectiveInputOverOutputRatioRC",this.userCode=`
      const vec3 effectiveInputOverOutputRatioRC = vec3(
          ${l[0]/p[0]},
          ${l[1]/p[1]},
          ${l[1]/p[1]});
      const vec3 inputShapeRC = vec3(${i}.0, ${c}.0,
                                     ${c}.0);

      float getAValue(int b, int r, int c, int d) {
        return getChannel(getA(b, r, c, d), vec2(c, d));
      }

      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        // Calculate values for next column in yRC.z.
        ivec3 yRC = coords.yzz + ivec3(0, 0, 1);

        // Fractional source index.
        vec3 sourceFracIndexRC = ${f};

        // Compute the coordinators of nearest neighbor point.
        ivec3 sourceNearestRC = ivec3(
          min(inputShapeRC - 1.0, floor(sourceFracIndexRC + ${d})));

        // Should we calculate next column and row elements in 2x2 packed cell.
        bool hasNextCol = d < ${u-1};
        bool hasNextRow = coords.z < ${n-1};

        vec4 newValue = vec4(
          getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d),
          hasNextCol ? getAValue(b, sourceNearestRC.x, sourceNearestRC.y, d + 1)
                     : 0.0,
          hasNextRow ? getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d)
                     : 0.0,
          (hasNextRow && hasNextCol) ?
            getAValue(b, sourceNearestRC.x, sourceNearestRC.z, d + 1) : 0.0);

        setOutput(newValue);
      }
    `}};function WT(o){let{inputs:e,backend:t,attrs:n}=o,{images:r}=e,{alignCorners:s,halfPixelCenters:a,size:i}=n,[c,u]=i,l=R().getBool("WEBGL_PACK_IMAGE_OPERATIONS")?new Ac(r.shape,c,u,s,a):new gc(r.shape,c,u,s,a);return t.runWebGLProgram(l,[r],r.dtype)}var V0={kernelName:is,backendName:"webgl",kernelFunc:WT};var xc=class{constructor(e,t,n){this.variableNames=["dy"],this.outputShape=[],this.outputShape=t;let[,r,s]=t,[,a,i]=e,c=[n&&a>1?r-1:r,n&&i>1?s-1:s],u=[n&&a>1?a-1:a,n&&i>1?i-1:i],l=c[0]/u[0],p=c[1]/u[1],d=1/l,f=1/p,h=Math.ceil(d)*2+2,m=Math.ceil(f)*2+2;this.userCode=`
      void main() {
        ivec4 coords = getOutputCoords();
        int b = coords[0];
        int d = coords[3];
        int r = coords[1];
        int c = coords[2];

        float accumulator = 0.0;

        const float heightScale = float(${l});
        const float widthScale = float(${p});

        const float invHeightScale = float(${d});
        const float invWidthScale = float(${f});

        const int winHeight = int(${h});
        const int winWidth = int(${m});

        // Compute bounds for where in dy we will look
        float startRLerp = floor(float(r) * invHeightScale);
        int startDyR = int(floor(startRLerp - float(winHeight / 2)));

        float startCLerp = floor(float(c) * invWidthScale);
        int startDyC = int(floor(startCLerp - float(winWidth / 2)));

        // Loop over dy
        for (int dyROffset = 0; dyROffset < winHeight; dyROffset++) {
          int dyR = dyROffset + startDyR;

          // Guard against the window exceeding the bounds of dy
          if (dyR < 0 || dyR >= ${a}) {
            continue;
          }

          for (int dyCOffset = 0; dyCOffset < winWidth; dyCOffset++) {
            int dyC = dyCOffset + startDyC;

            // Guard against the window exceeding the bounds of dy
            if (dyC < 0 || dyC >= ${i}) {
              continue;
            }

            float sourceFracRow =
              float(${c[0]}) *
                (float(dyR) / float(${u[0]}));

            float sourceFracCol =
                float(${c[1]}) *
                  (float(dyC) / float(${u[1]}));

            int sourceNearestRow = int(min(
                float(int(${r}) - 1),
                ${n} ? float(round(sourceFracRow)) :
                                  float(floor(sourceFracRow))));

            int sourceNearestCol = int(min(
                float(int(${s}) - 1),
                ${n} ? float(round(sourceFracCol)) :
                                  float(floor(sourceFracCol))));

            if (r == sourceNearestRow && c == sourceNearestCol) {
              accumulator += getDy(b, dyR, dyC, d);
            }
          }
        }
        // End loop over dy

        setOutput(accumulator);
      }
    `}};function GT(o){let{inputs:e,backend:t,attrs:n}=o,{images:r,dy:s}=e,{alignCorners:a}=n,i=new xc(s.shape,r.shape,a);return t.runWebGLProgram(i,[s],s.dtype)}var z0={kernelName:cs,backendName:"webgl",kernelFunc:GT};var Cc=class{constructor(e,t){this.variableNames=["x"];let n=e.length;if(n>4)throw new Error(`WebGL backend: Reverse of rank-${n} tensor is not yet supported`);if(this.outputShape=e,n===1){this.userCode=`
        void main() {
          int coord = getOutputCoords();
          setOutput(getX(${e[0]} - coord - 1));
        }
      `;return}let r=i=>t.indexOf(i)!==-1&&e[i]!==1?`${e[i]} - coords[${i}] - 1`:`coords[${i}]`,s=e.map((i,c)=>r(c)).join(","),a=te(n);this.userCode=`
      void main() {
        ${a} coords = getOutputCoords();
        setOutput(getX(${s}));
      }
    `}};var bc=class{constructor(e,t){this.variableNames=["x"],this.packedInputs=!0,this.packedOutput=!0;let n=e.length;if(n>4)throw new Error(`WebGL backend: Reverse of rank-${n} tensor is not yet supported`);this.outputShape=e;let r=ye("rc",n),s=`${r[n-1]} + 1 < ${this.outputShape[n-1]}`,a=`${r[n-2]} + 1 < ${this.outputShape[n-2]}`,i=te(n);n===1?this.userCode=`
        void main(){
          int rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = getChannel(getX(${e[0]} - rc - 1),
            ${e[0]} - rc - 1);
          if(${s}){
              result.g = getChannel(getX(${e[0]} - (rc  + 1) - 1),
                ${e[0]} - (rc  + 1) - 1);
          }
          setOutput(result);
        }
      `:this.userCode=`
        void main() {
          ${i} rc = getOutputCoords();
          vec4 result = vec4(0.);
          result.r = ${c(r.slice())};
          if(${s}){
            result.g = ${u(r.slice())};
          }
          if(${a}) {
            result.b = ${l(r.slice())};
            if(${s}) {
              result.a = ${p(r.slice())};
            }
          }
          setOutput(result);
        }
    `;function c(h){return d(h)}function u(h){return h[n-1]="("+h[n-1]+" + 1)",d(h)}function l(h){return h[n-2]="("+h[n-2]+" + 1)",d(h)}function p(h){return h[n-1]="("+h[n-1]+" + 1)",h[n-2]="("+h[n-2]+" + 1)",d(h)}function d(h){let m=e.map((x,b)=>f(b,h)),A=m.join(","),g=m.slice(-2).join(",");return`getChannel(getX(${A}), vec2(${g}))`}function f(h,m){return t.indexOf(h)!==-1&&e[h]!==1?`${e[h]} - ${m[h]} - 1`:`${m[h]}`}}};function HT(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{dims:s}=n,a=r.shape.length,i=C.parseAxisParam(s,r.shape);if(a===0)return we({inputs:{x:r},backend:t});let c=R().getBool("WEBGL_PACK_ARRAY_OPERATIONS")?new bc(r.shape,i):new Cc(r.shape,i);return t.runWebGLProgram(c,[r],r.dtype)}var W0={kernelName:ps,backendName:"webgl",kernelFunc:HT};var yc=class{constructor(e,t){this.variableNames=["Image"],this.outputShape=[],this.customUniforms=[{name:"params",type:"vec4"}];let n=e[1],r=e[2];this.outputShape=e;let s="";typeof t=="number"?s=`float outputValue = ${t.toFixed(2)};`:s=`
        vec3 fill = vec3(${t.join(",")});
        float outputValue = fill[coords[3]];`,this.userCode=`
        void main() {
          ivec4 coords = getOutputCoords();
          int x = coords[2];
          int y = coords[1];
          float coordXFloat = (float(x) - params[0]) * params[3] -
            (float(y) - params[1]) * params[2];
          float coordYFloat = (float(x) - params[0]) * params[2] +
            (float(y) - params[1]) * params[3];
          int coordX = int(round(coordXFloat + params[0]));
          int coordY = int(round(coordYFloat + params[1]));
          ${s}
          if(coordX >= 0 && coordX < ${r} && coordY >= 0 && coordY < ${n}) {
            outputValue = getImage(coords[0], coordY, coordX, coords[3]);
          }
          setOutput(outputValue);
        }
    `}};var G0={kernelName:Os,backendName:"webgl",kernelFunc:({inputs:o,attrs:e,backend:t})=>{let{image:n}=o,{radians:r,fillValue:s,center:a}=e,i=t,c=new yc(n.shape,s),[u,l]=w.getImageCenter(a,n.shape[1],n.shape[2]),p=[[u,l,Math.sin(r),Math.cos(r)]];return i.runWebGLProgram(c,[n],n.dtype,p)}};var qT=`
  // OpenGL ES does not support round function.
  // The algorithm is based on banker's rounding.
  float base = floor(x);
  if ((x - base) < 0.5) {
    return floor(x);
  } else if ((x - base) > 0.5) {
    return ceil(x);
  } else {
    if (mod(base, 2.0) == 0.0) {
      return base;
    } else {
      return base + 1.0;
    }
  }
`,KT=Y({opSnippet:qT}),H0={kernelName:on,backendName:"webgl",kernelFunc:KT};var XT="return inversesqrt(x);",jT=Y({opSnippet:XT,cpuKernelImpl:kA}),q0={kernelName:Wl,backendName:"webgl",kernelFunc:jT};var Xt=class{constructor(e,t,n,r,s,a,i=!0,c=!1){this.variableNames=["updates","indices","defaultValue"],this.outputShape=a;let u=te(s.length),l=te(a.length),p="";n===1?p="i":n===2&&(p="i, j");let d=`getIndices(${p})`,f="";r===1?f="i":r===2&&(f="i, coords[1]");let h=`getUpdates(${f})`,m="";c&&(m="coords[0], coords[1]");let A=`getDefaultValue(${m})`,g=t>1?"strides[j]":"strides";this.userCode=`
        ${u} strides = ${u}(${s});

        void main() {
          ${l} coords = getOutputCoords();
          float sum = 0.0;
          bool found = false;
          for (int i = 0; i < ${e}; i++) {
            int flattenedIndex = 0;
            for (int j = 0; j < ${t}; j++) {
              int index = round(${d});
              flattenedIndex += index * ${g};
            }
            if (flattenedIndex == coords[0]) {
              sum += ${h};
              found = true;
            }
          }
          setOutput(mix(${A}, sum, float(found)));
        }
      `}};var wc=class{constructor(e,t,n,r,s,a,i=!0,c=!1){this.variableNames=["updates","indices","defaultValue"],this.packedInputs=!0,this.packedOutput=!0,this.outputShape=a;let u=te(s.length),l=te(a.length),p="";n===1?p="i":n===2&&(p="i, j");let d=`getIndices(${p})`,f="";r===1?f="i":r===2&&(f="i, coords[1]");let h=`getUpdates(${f})`,m="";c&&(m="coords[0], coords[1]");let A=`getDefaultValue(${m})`,g=t>1?"strides[j]":"strides",x=t>1?"strides[j + 1]":"strides";this.userCode=`
        ${u} strides = ${u}(${s});

        void main() {
          ${l} coords = getOutputCoords();
          vec4 sum = vec4(0.);
          vec4 found = vec4(0.);
          for (int i = 0; i < ${e}; i+=2) {
            ivec2 flattenedIndex = ivec2(0);
            for (int j = 0; j < ${t}; j+=2) {
              ivec4 index = round(${d});
              flattenedIndex += index.xz * ${g};
              if (j + 1 < ${t}) {
                flattenedIndex += index.yw * ${x};
              }
            }
            if (flattenedIndex[0] == coords[0] || flattenedIndex[1] == coords[0] ||
                flattenedIndex[0] == coords[0] + 1 || flattenedIndex[1] == coords[0] + 1) {
              vec4 updVals = ${h};
              if (flattenedIndex[0] == coords[0]) {
                sum.xy += updVals.xy;
                found.xy = vec2(1.);
              } else if (flattenedIndex[0] == coords[0] + 1) {
                sum.zw += updVals.xy;
                found.zw = vec2(1.);
              }
              if (flattenedIndex[1] == coords[0]) {
                sum.xy += updVals.zw;
                found.xy = vec2(1.);
              } else if (flattenedIndex[1] == coords[0] + 1) {
                sum.zw += updVals.zw;
                found.zw = vec2(1.);
              }
            }
          }
          setOutput(mix(${A}, sum, found));
        }
      `}};function YT(o){let{inputs:e,backend:t,attrs:n}=o,{indices:r,updates:s}=e,{shape:a}=n,{sliceRank:i,numUpdates:c,sliceSize:u,strides:l,outputSize:p}=w.calculateShapes(s,r,a),d=[p/u,u];if(p===0)return t.makeTensorInfo(a,r.dtype);let f=U({inputs:{x:r},backend:t,attrs:{shape:[c,i]}}),h=U({inputs:{x:s},backend:t,attrs:{shape:[c,u]}}),m=t.makeTensorInfo([],"float32",new Float32Array([0])),A;R().getBool("WEBGL_PACK")?A=new wc(c,i,f.shape.length,h.shape.length,l,d):A=new Xt(c,i,f.shape.length,h.shape.length,l,d);let g=t.runWebGLProgram(A,[h,f,m],h.dtype),x=U({inputs:{x:g},backend:t,attrs:{shape:a}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(g),t.disposeIntermediateTensorInfo(m),x}var K0={kernelName:ds,backendName:"webgl",kernelFunc:YT};var Ic=class{constructor(e,t,n,r){this.variableNames=["sortedSequence","values"],this.customUniforms=[{name:"numInputs",type:"int"}],this.outputShape=[e,n];let s="while (left < right) {",a=`for (int i = 0; i < ${Math.ceil(Math.log2(t+1))}; ++i) { if (left >= right) break;`,i=R().getNumber("WEBGL_VERSION")===2?s:a,c=r==="left"?"<":"<=";this.userCode=`
       int findBound(int batch, float value) {
         int left = 0;
         int right = numInputs;
         int mid;
         ${i}
           mid = (left + right) / 2;
           if (getSortedSequence(batch, mid) ${c} value) {
             left = mid + 1;
           } else {
             right = mid;
           }
         }
         return right;
       }

       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int valueIndex = coords[1];

         float value = getValues(batch, valueIndex);

         setOutput(float(findBound(batch, value)));
       }
     `}};function JT(o){let{inputs:e,backend:t,attrs:n}=o,{sortedSequence:r,values:s}=e,{side:a}=n,i=new Ic(r.shape[0],r.shape[1],s.shape[1],a),c=[[r.shape[1]]];return t.runWebGLProgram(i,[r,s],"int32",c)}var X0={kernelName:hs,backendName:"webgl",kernelFunc:JT};var kc=class{constructor(e,t,n){this.variableNames=["c","a","b"],this.outputShape=t;let r,s;if(n>4)throw Error(`Where for rank ${n} is not yet supported`);if(n===1)s="resRC",r="resRC";else{let i=["resRC.x","resRC.y","resRC.z","resRC.w"],c=[],u=[];for(let l=0;l<t.length;l++)u.push(`${i[l]}`),l<e&&c.push(`${i[l]}`);r=c.join(),s=u.join()}let a=te(n);this.userCode=`
      void main() {
        ${a} resRC = getOutputCoords();
        float cVal = getC(${r});
        if (cVal >= 1.0) {
          setOutput(getA(${s}));
        } else {
          setOutput(getB(${s}));
        }
      }
    `}};function ZT(o){let{inputs:e,backend:t}=o,{condition:n,t:r,e:s}=e,a=new kc(n.shape.length,r.shape,r.shape.length);return t.runWebGLProgram(a,[n,r,s],Pe(r.dtype,s.dtype))}var j0={kernelName:ms,backendName:"webgl",kernelFunc:ZT};var eD=`
  // Stable and Attracting Fixed Point (0, 1) for Normalized Weights.
  // see: https://arxiv.org/abs/1706.02515
  float scaleAlpha = ${w.SELU_SCALEALPHA};
  float scale = ${w.SELU_SCALE};
  return (x >= 0.0) ? scale * x : scaleAlpha * (exp(x) - 1.0);
`,tD=Y({opSnippet:eD}),Y0={kernelName:nn,backendName:"webgl",kernelFunc:tD};var oD=st+`
  return 1.0 / (1.0 + exp(-1.0 * x));
`,nD=`
  vec4 result = 1.0 / (1.0 + exp(-1.0 * x));
  bvec4 isNaN = isnan(x);

  result.r = isNaN.r ? x.r : result.r;
  result.g = isNaN.g ? x.g : result.g;
  result.b = isNaN.b ? x.b : result.b;
  result.a = isNaN.a ? x.a : result.a;

  return result;
`,rD=Y({opSnippet:oD,packedOpSnippet:nD,cpuKernelImpl:EA}),J0={kernelName:Hl,backendName:"webgl",kernelFunc:rD};var sD=`
  if (isnan(x)) { return 0.0; }
  return sign(x);
`,aD=Y({opSnippet:sD}),Z0={kernelName:an,backendName:"webgl",kernelFunc:aD};var iD=st+`
  return sin(x);
`,cD=`
  vec4 result = sin(x);
  bvec4 isNaN = isnan(x);
  ${Ke}
  return result;
`,lD=Y({opSnippet:iD,packedOpSnippet:cD}),eb={kernelName:"Sin",backendName:"webgl",kernelFunc:lD};var uD=`
  float e2x = exp(x);
  return (e2x - 1.0 / e2x) / 2.0;
`,pD=Y({opSnippet:uD}),tb={kernelName:sn,backendName:"webgl",kernelFunc:pD};var dD=`
  float epsilon = 1.1920928955078125e-7;
  float threshold = log(epsilon) + 2.0;

  bool too_large = x > -threshold;
  bool too_small = x < threshold;

  float result;
  float exp_x = exp(x);

  if (too_large){
    result = x;
  }
  else if (too_small){
    result = exp_x;
  }
  else{
    result = log(exp_x + 1.0);
  }
  return result;
`,fD=Y({opSnippet:dD}),ob={kernelName:cn,backendName:"webgl",kernelFunc:fD};var hD=o=>{let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{blockShape:s,paddings:a}=n;C.assert(r.shape.length<=4,()=>"spaceToBatchND for rank > 4 with a WebGL backend not implemented yet");let i=s.reduce((g,x)=>g*x),c=[[0,0]];c.push(...a);for(let g=1+s.length;g<r.shape.length;++g)c.push([0,0]);let u=[],l=cp({inputs:{x:r},backend:t,attrs:{paddings:c,constantValue:0}}),p=w.getReshaped(l.shape,s,i,!1),d=w.getPermuted(p.length,s.length,!1),f=w.getReshapedPermuted(l.shape,s,i,!1),h=U({inputs:{x:l},backend:t,attrs:{shape:p}}),m=ge({inputs:{x:h},backend:t,attrs:{perm:d}}),A=U({inputs:{x:m},backend:t,attrs:{shape:f}});return u.push(l),u.push(h),u.push(m),u.forEach(g=>t.disposeIntermediateTensorInfo(g)),A},nb={kernelName:As,backendName:"webgl",kernelFunc:hD};function mD(o){let{inputs:e,backend:t}=o,{indices:n,values:r,denseShape:s,defaultValue:a}=e;if(s.shape.length!==1)throw new Error(`Dense shape must be a vector, saw:
         ${s.shape}`);if(n.shape.length!==2)throw new Error(`Indices must be a matrix, saw:
         ${n.shape}`);if(r.shape.length!==1)throw new Error(`Values must be a vector, saw:
         ${r.shape}`);if(a.shape.length!==0)throw new Error(`Default value must be a scalar, saw:
        ${a.shape}`);let i=t.readSync(n.dataId),c=t.readSync(r.dataId),u=t.readSync(s.dataId),l=t.readSync(a.dataId)[0],[p,d,f,h,m]=vA(i,n.shape,n.dtype,c,r.dtype,u,l);return[t.makeTensorInfo(d,n.dtype,p),t.makeTensorInfo([d[0]],r.dtype,f),t.makeTensorInfo([h.length],"bool",new Uint8Array(h.map(A=>Number(A)))),t.makeTensorInfo([m.length],n.dtype,new Int32Array(m))]}var rb={kernelName:bs,backendName:"webgl",kernelFunc:mD};function gD(o){let{inputs:e,backend:t}=o,{inputIndices:n,inputShape:r,newShape:s}=e;if(n.shape.length!==2)throw new Error(`Input indices should be a matrix but received shape ${n.shape}`);if(r.shape.length!==1)throw new Error(`Input shape should be a vector but received shape ${r.shape}`);if(s.shape.length!==1)throw new Error(`Target shape should be a vector but received shape ${s.shape}`);let a=Array.from(t.readSync(r.dataId)),i=t.readSync(n.dataId),c=Array.from(t.readSync(s.dataId)),[u,l,p]=$A(i,n.shape,n.dtype,a,c);return[t.makeTensorInfo(l,n.dtype,u),t.makeTensorInfo([p.length],s.dtype,new Int32Array(p))]}var sb={kernelName:ys,backendName:"webgl",kernelFunc:gD};function AD(o){let{inputs:e,backend:t}=o,{data:n,indices:r,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
              ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
              ${s.shape}`);let a=t.readSync(n.dataId),i=t.readSync(r.dataId),c=t.readSync(s.dataId),[u,l]=si(a,n.shape,n.dtype,i,c,!0);return t.makeTensorInfo(l,n.dtype,u)}var ab={kernelName:ws,backendName:"webgl",kernelFunc:AD};function xD(o){let{inputs:e,backend:t}=o,{data:n,indices:r,segmentIds:s}=e;if(n.shape.length<1)throw new Error("Data should be at least 1 dimensional but received scalar");if(r.shape.length!==1)throw new Error(`Indices should be a vector but received shape
             ${r.shape}`);if(s.shape.length!==1)throw new Error(`Segment ids should be a vector but received shape
             ${s.shape}`);let a=t.readSync(n.dataId),i=t.readSync(r.dataId),c=t.readSync(s.dataId),[u,l]=si(a,n.shape,n.dtype,i,c);return t.makeTensorInfo(l,n.dtype,u)}var ib={kernelName:Is,backendName:"webgl",kernelFunc:xD};function CD(o){let{inputs:e,backend:t,attrs:n}=o,{sparseIndices:r,sparseValues:s,defaultValue:a}=e,{outputShape:i}=n,{sliceRank:c,numUpdates:u,sliceSize:l,strides:p,outputSize:d}=w.calculateShapes(s,r,i),f=!1;if(s.dtype==="string"){let g=t.bufferSync(r),x=t.bufferSync(s),b=C.decodeString(t.readSync(a.dataId)[0]),y=SA(g,x,i,d,l,u,c,p,b,f);return t.makeTensorInfo(i,y.dtype,y.values)}let h=new Xt(u,c,r.shape.length,s.shape.length,p,[d,1],f),m=t.runWebGLProgram(h,[s,r,a],s.dtype),A=U({inputs:{x:m},backend:t,attrs:{shape:i}});return t.disposeIntermediateTensorInfo(m),A}var cb={kernelName:ks,backendName:"webgl",kernelFunc:CD};function bD(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{numOrSizeSplits:s,axis:a}=n,i=C.parseAxisParam(a,r.shape)[0],c=w.prepareSplitSize(r,s,i),u=r.shape.length,l=new Array(u).fill(0),p=r.shape.slice();return c.map(d=>{let f=[...p];f[i]=d;let h=ht({inputs:{x:r},backend:t,attrs:{begin:l,size:f}});return l[i]+=d,h})}var lb={kernelName:xs,backendName:"webgl",kernelFunc:bD};var ub="return sqrt(x);",yD=Y({opSnippet:ub,packedOpSnippet:ub,cpuKernelImpl:RA}),pb={kernelName:ql,backendName:"webgl",kernelFunc:yD};var wD="return x * x;",ID=Y({opSnippet:wD}),db={kernelName:Ss,backendName:"webgl",kernelFunc:ID};var fb="return (a - b) * (a - b);",kD=ie({opSnippet:fb,packedOpSnippet:fb}),hb={kernelName:Kl,backendName:"webgl",kernelFunc:kD};function SD(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e;if(r.dtype!=="string")throw new Error("Input must be of datatype string");let s=t.readSync(r.dataId),a=w.fromUint8ToStringArray(s),i=NA(a,"string",n);return t.makeTensorInfo(r.shape,"string",i)}var mb={kernelName:Xl,backendName:"webgl",kernelFunc:SD};function ED({inputs:o,attrs:e,backend:t}){let{x:n}=o,r=Ee+`
    return x > 0.0 ? 1.0 : float(${e.alpha});
  `,s=new Ne(n.shape,r);return t.runWebGLProgram(s,[n],n.dtype)}var gb={kernelName:pn,backendName:"webgl",kernelFunc:ED};var Sc=class{constructor(e,t,n){this.variableNames=["x"],this.outputShape=n;let r=n.length,s=te(n.length),a=te(n.length),i="";if(r===1)i="coords * strides + begin";else{let c=0;i=n.map((u,l)=>(c++,n.length===1?`coords * strides[${l}] + begin[${l}]`:`coords[${c-1}] * strides[${l}] + begin[${l}]`)).join(",")}this.userCode=`
      ${s} begin = ${s}(${e});
      ${s} strides = ${s}(${t});

      void main() {
        ${a} coords = getOutputCoords();
        setOutput(getX(${i}));
      }
    `}};function _D(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{begin:s,end:a,strides:i,beginMask:c,endMask:u,ellipsisMask:l,newAxisMask:p,shrinkAxisMask:d}=n,{finalShapeSparse:f,finalShape:h,isIdentity:m,sliceDim0:A,isSimpleSlice:g,begin:x,end:b,strides:y}=nt.sliceInfo(r.shape,s,a,i,c,u,l,p,d),I;if(m)I=U({inputs:{x:r},backend:t,attrs:{shape:h}});else if(A||g){C.assert(r.shape.length>=1,()=>`Input must have rank at least 1, got: ${r.shape.length}`);let E=nt.computeOutShape(x,b,y),_=ht({inputs:{x:r},backend:t,attrs:{begin:x,size:E}});I=U({inputs:{x:_},backend:t,attrs:{shape:h}}),t.disposeIntermediateTensorInfo(_)}else if(t.shouldExecuteOnCPU([r])){let _=t.readSync(r.dataId),S=ae(r.shape,r.dtype,_),v=TA(f,S,y,x);I=t.makeTensorInfo(h,r.dtype,v.values)}else{let _=new Sc(x,y,f);I=t.runWebGLProgram(_,[r],r.dtype)}let k=U({inputs:{x:I},backend:t,attrs:{shape:h}});return t.disposeIntermediateTensorInfo(I),k}var Ab={kernelName:Es,backendName:"webgl",kernelFunc:_D};function vD(o){let{inputs:e,backend:t,attrs:n}=o,{separator:r,nGramWidths:s,leftPad:a,rightPad:i,padWidth:c,preserveShortSequences:u}=n,{data:l,dataSplits:p}=e,d=t.readSync(l.dataId),f=t.readSync(p.dataId),[h,m]=DA(d,f,r,s,a,i,c,u);return[t.makeTensorInfo([h.length],"string",h),t.makeTensorInfo(p.shape,"int32",m)]}var xb={kernelName:_s,backendName:"webgl",kernelFunc:vD};function $D(o){let{inputs:e,backend:t,attrs:n}=o,{skipEmpty:r}=n,{input:s,delimiter:a}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(s.shape.length!==1)throw new Error(`Input must be a vector, got shape: ${s.shape}`);if(a.shape.length!==0)throw new Error(`Delimiter must be a scalar, got shape: ${a.shape}`);let i=t.readSync(s.dataId),c=t.readSync(a.dataId)[0],[u,l,p]=BA(i,c,r),d=l.length;return[t.makeTensorInfo([d,2],"int32",u),t.makeTensorInfo([d],"string",l),t.makeTensorInfo([2],"int32",new Int32Array(p))]}var Cb={kernelName:vs,backendName:"webgl",kernelFunc:$D};function RD(o){let{inputs:e,backend:t,attrs:n}=o,{numBuckets:r}=n,{input:s}=e;if(s.dtype!=="string")throw new Error("Input must be of datatype string");if(r<=0)throw new Error("Number of buckets must be at least 1");let a=t.readSync(s.dataId),i=FA(a,r);return t.makeTensorInfo(s.shape,"int32",i)}var bb={kernelName:$s,backendName:"webgl",kernelFunc:RD};var ND="return tan(x);",TD=Y({opSnippet:ND}),yb={kernelName:"Tan",backendName:"webgl",kernelFunc:TD};var DD=`
  float e2x = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e2x) / (1.0 + e2x);
`,BD=Y({opSnippet:DD}),wb={kernelName:un,backendName:"webgl",kernelFunc:BD};function FD(o){let{inputs:e,backend:t,attrs:n}=o,{tensor:r,indices:s,updates:a}=e,{}=n,{sliceRank:i,numUpdates:c,sliceSize:u,strides:l,outputSize:p}=w.calculateShapes(a,s,r.shape),d=[p/u,u];if(p===0)return t.makeTensorInfo(r.shape,s.dtype);let f=U({inputs:{x:s},backend:t,attrs:{shape:[c,i]}}),h=U({inputs:{x:a},backend:t,attrs:{shape:[c,u]}}),m=U({inputs:{x:r},backend:t,attrs:{shape:d}}),A=new Xt(c,i,f.shape.length,h.shape.length,l,d,!1,!0),g=t.runWebGLProgram(A,[h,f,m],m.dtype),x=U({inputs:{x:g},backend:t,attrs:{shape:r.shape}});return t.disposeIntermediateTensorInfo(f),t.disposeIntermediateTensorInfo(h),t.disposeIntermediateTensorInfo(m),t.disposeIntermediateTensorInfo(g),x}var Ib={kernelName:fs,backendName:"webgl",kernelFunc:FD};var Ec=class{constructor(e,t){this.variableNames=["A"];let n=new Array(e.length);for(let a=0;a<n.length;a++)n[a]=e[a]*t[a];this.outputShape=n,this.rank=n.length;let r=te(this.rank),s=PD(e);this.userCode=`
      void main() {
        ${r} resRC = getOutputCoords();
        setOutput(getA(${s}));
      }
    `}};function PD(o){let e=o.length;if(e>5)throw Error(`Tile for rank ${e} is not yet supported`);if(e===1)return`imod(resRC, ${o[0]})`;let t=["resRC.x","resRC.y","resRC.z","resRC.w","resRC.u"],n=[];for(let r=0;r<o.length;r++)n.push(`imod(${t[r]}, ${o[r]})`);return n.join()}function up(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{reps:s}=n;if(r.dtype==="string"||r.shape.length>5){let c=t.readSync(r.dataId),u=r.dtype==="string"?c.map(d=>C.decodeString(d)):c,l=ae(r.shape,r.dtype,u),p=OA(l,s);return t.makeTensorInfo(p.shape,p.dtype,p.values)}let a=new Ec(r.shape,s);return t.runWebGLProgram(a,[r],r.dtype)}var kb={kernelName:Rs,backendName:"webgl",kernelFunc:up};var _c=class{constructor(e){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"negativeInf",type:"float"},{name:"dir",type:"int"},{name:"inc",type:"int"}],this.outputShape=e,this.userCode=`
       void main() {
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // We compare elements pair-wise within a group of size 2 * inc.
         // The comparing rule for each group alternates between ascending
         // and descending. Within each group, we compare each pair at
         // positions i and i+inc. To decide whether an element at position i
         // is x0 or x1, we mod it by 2 * inc, if the result is smaller than
         // inc, it is in the first half of the group, we denote it as x0,
         // otherwise we denote it as x1.
         // For example, as shown in the Bitonic top K paper referenced above,
         // Figure5(a) shows that element[1] is in the
         // second half of the group when group size is 2, but it is in the
         // first half of the group when group size is 4.

         bool isFirstInPair = imod(elemIdx, 2 * inc) < inc;
         int i = isFirstInPair ? elemIdx : elemIdx - inc;

         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + inc : int(getIndices(batch, i + inc));
         float x0 = i0 < n ? getX(batch, i0) : negativeInf;
         float x1 = i1 < n ? getX(batch, i1) : negativeInf;

         // Denotes which direction indices are in (ascending or descending).
         bool reverse = imod(elemIdx, 2 * dir) >= dir;
         bool isGreater = x0 > x1 || (x0 == x1 && i1 > i0);
         if (reverse == isGreater) { // Elements in opposite order of direction
           int iTemp = i0;
           i0 = i1;
           i1 = iTemp;
         }
         if (isFirstInPair) {
            setOutput(float(i0));
         } else {
            setOutput(float(i1));
         }
       }
     `}},vc=class{constructor(e){this.variableNames=["x","indices"],this.customUniforms=[{name:"n",type:"int"},{name:"firstPass",type:"int"},{name:"k",type:"int"}],this.outputShape=e,this.userCode=`
    void main() {
         // Takes max of indices (0, k), (1, k + 1), (2, k + 2) ...
         ivec2 coords = getOutputCoords();
         int batch = coords[0];
         int elemIdx = coords[1];

         // The output size is half of the previous size.
         // If the previous sequence is | | | | _ _ _ _  | | | |  _ _ _ _ (k=4),
         // we only need to output the indices at positions |, the indices at
         // positions _ can be thrown away, see Figure5(b) After Phase 2
         // (Merge phase) in the Bitonic Top K paper referenced above.
         // For example, the paper shows we only need to output the orange bars.
         // The output sequence should look like this | | | | | | | |.
         // Because the sequence is halved, to map the output index back
         // to the previous sequence to find the corresponding value,
         // we need to double the index. When we double the index,
         // we basically interpolate a position, so 2i looks like
         // | _ | _ | _ | _ | _ | _ | _. We move the | to the first k position
         // of each 2k positions by - elemIdx % k. E.g. for output at
         // index 4,5,6,7, we want to get the corresponding element at
         // original index 8,9,10,11, for output at index 8,9,10,11,
         // we want to get the corresponding element at original index
         // 16,17,18,19, so on and so forth.

         int i = elemIdx < k ? elemIdx : (elemIdx * 2 - imod(elemIdx, k));
         int i0 = firstPass == 1 ? i : int(getIndices(batch, i));
         int i1 = firstPass == 1 ? i + k : int(getIndices(batch, i + k));

         float x0 = getX(batch, i0);
         float x1 = i1 < n ? getX(batch, i1) : x0;

         setOutput(x0 >= x1 ? float(i0) : float(i1));
       }
     `}};function bo(o,e){e!==null&&o.disposeIntermediateTensorInfo(e)}function Sb(o){let e=1;for(;e<o;)e*=2;return e}function OD(o){let{inputs:e,backend:t,attrs:n}=o,{x:r}=e,{k:s,sorted:a}=n,i=R().getNumber("TOPK_LAST_DIM_CPU_HANDOFF_SIZE_THRESHOLD"),c=R().getNumber("TOPK_K_CPU_HANDOFF_THRESHOLD"),u=r.shape,l=u[u.length-1];if(t.shouldExecuteOnCPU([r])||l<i||s>c){let v=t.readSync(r.dataId),[T,N]=LA(v,u,r.dtype,s,a);return[t.makeTensorInfo(T.shape,T.dtype,T.values),t.makeTensorInfo(N.shape,N.dtype,N.values)]}if(s===0)return u[u.length-1]=0,[t.makeTensorInfo(u,r.dtype,[]),t.makeTensorInfo(u,"int32",[])];if(l===1)return[r,Bt({attrs:{shape:u,dtype:"int32",value:0},backend:t})];let p=t.texData.get(r.dataId),d=p!==null&&p.isPacked,f=d?t.unpackTensor(r):r,m=C.sizeFromShape(u)/l,A=U({inputs:{x:f},attrs:{shape:[m,l]},backend:t});d&&bo(t,f);let g=Sb(s),x=Sb(l),b=null,y=()=>b===null?[A,A]:[A,b],I=(v,T,N)=>{let D=y(),P=new _c(N),O=[[l],[b===null?1:0],[Number.NEGATIVE_INFINITY],[v],[T]],M=b;b=t.runWebGLProgram(P,D,"int32",O),bo(t,M)};for(let v=1;v<g;v*=2){let T=v*2;for(let N=v;N>=1;N/=2)I(T,N,[m,x])}for(let v=x;v>g;v/=2){let T=y(),N=new vc([m,v/2]),P=[[l],[b===null?1:0],[g]],B=b;b=t.runWebGLProgram(N,T,"int32",P),bo(t,B);let O=g/2,M=O*2;for(let $=O;$>=1;$/=2)I(M,$,b.shape)}let k=b;b=ht({inputs:{x:b},backend:t,attrs:{begin:0,size:[m,s]}}),bo(t,k);let E=np({inputs:{x:A,indices:b},backend:t,attrs:{axis:1,batchDims:1}});bo(t,A);let _=u.slice(0,-1);_.push(s),k=b,b=U({inputs:{x:b},attrs:{shape:_},backend:t}),bo(t,k);let S=E;return E=U({inputs:{x:E},attrs:{shape:_},backend:t}),bo(t,S),[E,b]}var Eb={kernelName:Ns,backendName:"webgl",kernelFunc:OD};var $c=class{constructor(e,t,n,r,s,a){this.variableNames=["Image","Transforms"],this.outputShape=a;let i=n==="nearest"?1:2,c;switch(r){case"constant":c=1;break;case"reflect":c=2;break;case"wrap":c=3;break;case"nearest":c=4;break;default:c=1;break}this.userCode=`
            float mapCoord(float outCoord, float len) {
              float inCoord = outCoord;
              if(${c} == 2) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    if (inCoord < sz2) {
                      inCoord = sz2 * float(int(float(-inCoord / sz2))) +
                      inCoord;
                    }
                    inCoord = inCoord < -len ? inCoord + sz2 : -inCoord - 1.0;
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz2 = 2.0 * len;
                    inCoord -= sz2 * float(int(float(inCoord / sz2)));
                    if (inCoord >= len) {
                      inCoord = sz2 - inCoord - 1.0;
                    }
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${c} == 3) {
                if (inCoord < 0.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord += len * (float(int(float(-inCoord / sz))) + 1.0);
                  }
                } else if (inCoord > len - 1.0) {
                  if (len <= 1.0) {
                    inCoord = 0.0;
                  } else {
                    float sz = len - 1.0;
                    inCoord -= len * float(int(float(inCoord / sz)));
                  }
                }
                return clamp(inCoord, 0.0, len - 1.0);
              } else if (${c} == 4) {
                return clamp(outCoord, 0.0, len - 1.0);
              } else {
                return outCoord;
              }
            }

            float readWithFillValue(int batch, int coordY, int coordX,
              int channel) {
              float outputValue;
              if (0 <= coordY && coordY < ${e} && 0 <= coordX && coordX < ${t}) {
                  outputValue = getImage(batch, coordY, coordX, channel);
              } else {
                outputValue = float(${s});
              }
              return outputValue;
            }

            void main() {
              ivec4 coords = getOutputCoords();
              float outputValue;
              int batch = coords[0];
              int x = coords[2];
              int y = coords[1];
              int channel = coords[3];
              float xf = float(x);
              float yf = float(y);
              float a1 = getTransforms(batch, 0);
              float a2 = getTransforms(batch, 1);
              float a3 = getTransforms(batch, 2);
              float b1 = getTransforms(batch, 3);
              float b2 = getTransforms(batch, 4);
              float b3 = getTransforms(batch, 5);
              float c1 = getTransforms(batch, 6);
              float c2 = getTransforms(batch, 7);
              float projection = c1 * xf + c2 * yf + 1.0;
              if (projection == 0.0) {
                outputValue = float(${s});
              } else {
                float inX = (a1 * xf + a2 * yf + a3) / projection;
                float inY = (b1 * xf + b2 * yf + b3) / projection;
                float mapX = mapCoord(inX, float(${t}));
                float mapY = mapCoord(inY, float(${e}));

                if (${i} == 1) {
                  int coordY = int(round(mapY));
                  int coordX = int(round(mapX));
                  outputValue = readWithFillValue(batch, coordY, coordX,
                    channel);
                } else {
                  float yFloor = floor(mapY);
                  float xFloor = floor(mapX);
                  float yCeil = yFloor + 1.0;
                  float xCeil = xFloor + 1.0;
                  float valueYFloor = (xCeil - mapX) *
                  readWithFillValue(batch, int(yFloor), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yFloor), int(xCeil), channel);
                  float valueYCeil = (xCeil - mapX) *
                  readWithFillValue(batch, int(yCeil), int(xFloor), channel) +
                  (mapX - xFloor) *
                  readWithFillValue(batch, int(yCeil), int(xCeil), channel);
                  outputValue = (yCeil - mapY) * valueYFloor +
                  (mapY - yFloor) * valueYCeil;
                }
              }
              setOutput(outputValue);
            }
        `}};function LD(o){let{inputs:e,backend:t,attrs:n}=o,{image:r,transforms:s}=e,{interpolation:a,fillMode:i,fillValue:c,outputShape:u}=n,[l,p,d,f]=r.shape,[h,m]=u??[p,d],A=[l,h,m,f],g=new $c(p,d,a,i,c,A);return t.runWebGLProgram(g,[r,s],"float32")}var _b={kernelName:Ts,backendName:"webgl",kernelFunc:LD};function MD(o){let{inputs:e,attrs:t,backend:n}=o,{axis:r}=t,{x:s}=e;bt(s,"unique"),console.warn("WARNING: ","UI might be locked temporarily as data is being downloaded");let a=n.readSync(s.dataId),{outputValues:i,outputShape:c,indices:u}=MA(a,r,s.shape,s.dtype);return[n.makeTensorInfo(c,s.dtype,i),n.makeTensorInfo([u.length],"int32",u)]}var vb={kernelName:Ds,backendName:"webgl",kernelFunc:MD};function QD(o){let{inputs:e,backend:t,attrs:n}=o,{value:r}=e,{axis:s}=n;s<0&&(s+=r.shape.length);let a=r,i=a.shape.length,c=r.shape[s],u=new Array(i-1),l=0;for(let m=0;m<i;m++)m!==s&&(u[l++]=a.shape[m]);let p=[],d=new Array(i).fill(0),f=a.shape.slice();f[s]=1;let h=new Array(c);for(let m=0;m<h.length;m++){d[s]=m;let A=ht({inputs:{x:a},backend:t,attrs:{begin:d,size:f}}),g=U({inputs:{x:A},backend:t,attrs:{shape:u}});h[m]=g,p.push(A)}return p.forEach(m=>t.disposeIntermediateTensorInfo(m)),h}var $b={kernelName:Bs,backendName:"webgl",kernelFunc:QD};var Rc=class{constructor(e,t){this.variableNames=["x","segmentIds"];let n=e.windowSize,r=e.batchSize,s=e.inSize,a=e.numSegments,i=a*Math.ceil(s/n);this.outputShape=[r,i];let c="0.0",u="sumValue",l=Math.floor(n/4)*4,p=n%4,d=`
        sumValue += dot(values, segFilter);
    `,f="";s%n>0&&(f=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return initializationValue;
        }
      `);let h="";s%n>0&&(h=`
        if (inIdx < 0 || inIdx >= ${s}) {
          return -1.0;
        }
      `),this.userCode=`
      const float initializationValue = ${c};

      float getValue(int batch, int inIdx) {
        ${f}
        return getX(batch, inIdx);
      }

      float getSegmentIdAtIndex(int inIdx) {
        ${h}
        return getSegmentIds(inIdx);
      }

      void main() {
        ivec2 coords = getOutputCoords();
        int batch = coords[0];
        int outIdx = coords[1];
        int inOffset = int(floor(float(outIdx) / float(
          ${a})) * float(${n}));
        int currentSeg = int(mod(float(outIdx), float(${a})));

        float sumValue = 0.0;

        for (int i = 0; i < ${l}; i += 4) {
          int inIdx = inOffset + i;
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            getValue(batch, inIdx + 3)
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 3)) == currentSeg ? 1 : 0
          );

          ${d}
        }

        int inIdx = inOffset + ${l};
        if (${p===1}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            initializationValue,
            initializationValue,
            initializationValue
          );

          int inIdxSeg = int(getSegmentIdAtIndex(inIdx));

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            0,
            0,
            0
          );

          ${d}
        } else if (${p===2}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            initializationValue,
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
              0,
              0
          );

          ${d}
        } else if (${p===3}) {
          vec4 values = vec4(
            getValue(batch, inIdx),
            getValue(batch, inIdx + 1),
            getValue(batch, inIdx + 2),
            initializationValue
          );

          vec4 segFilter = vec4(
            int(getSegmentIdAtIndex(inIdx)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 1)) == currentSeg ? 1 : 0,
            int(getSegmentIdAtIndex(inIdx + 2)) == currentSeg ? 1 : 0,
            0
          );

          ${d}
        }
        setOutput(${u});
      }
    `}};function UD(o){let{inputs:e,backend:t,attrs:n}=o,{x:r,segmentIds:s}=e,{numSegments:a}=n,i=r.shape.length,c=[],u=0,l=w.getAxesPermutation([u],i),p=r;l!=null&&(p=ge({inputs:{x:r},backend:t,attrs:{perm:l}}),c.push(p),u=w.getInnerMostAxes(1,i)[0]);let d=w.segment_util.computeOutShape(p.shape,u,a),f=C.sizeFromShape([p.shape[u]]),h=U({inputs:{x:p},backend:t,attrs:{shape:[-1,f]}});c.push(h);let m=oo(r.dtype),A=(y,I,k,E,_)=>{let S=y.shape[0],v=y.shape[1],T=w.segment_util.segOpComputeOptimalWindowSize(v,_),N={windowSize:T,inSize:v,batchSize:S,numSegments:_},D=new Rc(N,I),P=t.compileAndRun(D,[y,k],E);if(c.push(P),P.shape[1]===_)return P;let B=lp({backend:t,attrs:{start:0,stop:_,step:1,dtype:"float32"}}),O=up({inputs:{x:B},backend:t,attrs:{reps:[v/T]}});return c.push(B),c.push(O),A(P,I,O,E,_)},g=A(h,"unsortedSegmentSum",s,m,a),x=U({inputs:{x:g},backend:t,attrs:{shape:d}}),b=x;if(l!=null){c.push(x);let y=w.getUndoAxesPermutation(l);b=ge({inputs:{x:b},backend:t,attrs:{perm:y}})}return c.forEach(y=>t.disposeIntermediateTensorInfo(y)),b}var Rb={kernelName:Fs,backendName:"webgl",kernelFunc:UD};var VD=[dx,hx,mx,gx,xx,Cx,bx,yx,kx,Sx,Ex,_x,vx,$x,Rx,Nx,Tx,Dx,Bx,Fx,Px,Lx,Mx,Qx,Ux,Gx,qx,Kx,ox,jx,Jx,Zx,eC,tC,oC,nC,rC,sC,aC,iC,uC,pC,dC,fC,hC,mC,gC,AC,xC,CC,bC,yC,wC,IC,kC,SC,_C,vC,$C,RC,TC,DC,BC,FC,PC,OC,LC,MC,QC,tx,UC,Yx,VC,zC,WC,nx,GC,HC,qC,KC,XC,jC,YC,JC,ZC,e0,o0,n0,r0,s0,a0,i0,l0,p0,d0,f0,h0,m0,b0,ax,y0,w0,I0,k0,Vx,S0,v0,$0,R0,N0,rx,T0,D0,B0,F0,P0,zx,g0,O0,L0,M0,cx,Q0,U0,V0,z0,W0,G0,H0,q0,K0,X0,j0,Y0,J0,Z0,eb,tb,Ox,C0,ob,nb,rb,sb,ab,ib,cb,lb,pb,db,hb,mb,gb,Ab,xb,Cb,bb,x0,ux,yb,wb,Ib,kb,Eb,_b,px,vb,$b,Rb,E0];for(let o of VD)Us(o);var zD=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function Ft(){return typeof process<"u"&&process.versions!=null&&process.versions.node!=null&&typeof window>"u"}var WD="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",GD=(()=>{let o=new Int16Array(128).fill(-1);for(let e=0;e<64;e++)o[WD.charCodeAt(e)]=e;return o})();function yo(o,e="base64 data"){if(typeof o!="string")throw new Error(`${e}: expected a base64 string, got ${typeof o}`);let t=o.length;if(t%4!==0)throw new Error(`${e}: corrupt base64 (length ${t} is not a multiple of 4)`);let n=0;t>0&&o.charCodeAt(t-1)===61&&n++,t>1&&o.charCodeAt(t-2)===61&&n++;let r=t/4*3-n,s=new Uint8Array(r),a=0;for(let i=0;i<t;i+=4){let c=i+4===t,u=0;for(let l=0;l<4;l++){let p=o.charCodeAt(i+l),d=p<128?GD[p]:-1;if(d<0)if(p===61&&c&&l>=4-n)d=0;else{let f=JSON.stringify(o[i+l]);throw new Error(`${e}: corrupt base64 (invalid character ${f} at offset ${i+l})`)}u=u<<6|d}s[a++]=u>>>16&255,a<r&&(s[a++]=u>>>8&255),a<r&&(s[a++]=u&255)}return s}function wo(o,e="base64 data"){if(typeof o!="string")throw new Error(`${e}: expected a base64 string, got ${typeof o}`);let t=o.length;if(t%4!==0)throw new Error(`${e}: corrupt base64 (length ${t} is not a multiple of 4)`);let n=0;return t>0&&o.charCodeAt(t-1)===61&&n++,t>1&&o.charCodeAt(t-2)===61&&n++,t/4*3-n}function Nc(o){if(o.byteLength%4!==0)throw new Error(`float32 data has ${o.byteLength} bytes, not a multiple of 4`);let e=o.byteLength/4;if(zD)return o.byteOffset%4===0?new Float32Array(o.buffer,o.byteOffset,e):new Float32Array(o.slice().buffer,0,e);let t=new DataView(o.buffer,o.byteOffset,o.byteLength),n=new Float32Array(e);for(let r=0;r<e;r++)n[r]=t.getFloat32(4*r,!0);return n}function Tc(o,e){if(!Array.isArray(o)||!o.every(t=>Number.isInteger(t)&&t>=0))throw new Error(`${e}: shape must be a list of non-negative integers, got ${JSON.stringify(o)}`);return o.reduce((t,n)=>t*n,1)}function HD(o){let e=o.byteLength/2,t=new Float32Array(e),n=new Uint32Array(t.buffer);for(let r=0;r<e;r++)n[r]=(o[2*r+1]<<8|o[2*r])<<16;return t}function Bb(o){let e=o.byteLength/2,t=new Float32Array(e);for(let n=0;n<e;n++){let r=o[2*n+1]<<8|o[2*n],s=r&32768?-1:1,a=r>>10&31,i=r&1023;a===0?t[n]=s*i*2**-24:a===31?t[n]=i?NaN:s*(1/0):t[n]=s*(1+i/1024)*2**(a-15)}return t}function Fb(o,e,t){let n=t.length===0?1:t[0],r=o.length,s=n===0?0:r/n,a=new Float32Array(r);for(let i=0;i<n;i++){let c=e[i],u=i*s;for(let l=0;l<s;l++)a[u+l]=o[u+l]*c}return a}var Nb=Object.freeze([32,64,128]),Pb=Object.freeze({float16:2,float32:4});function dp(o,e,t,n){if(!Nb.includes(e))throw new Error(`tensor "${o}": q4 group_size ${JSON.stringify(e)} is not one of ${Nb.join(", ")}`);if(!(t in Pb))throw new Error(`tensor "${o}": q4 scale_dtype ${JSON.stringify(t)} is not "float16" or "float32"`);return Object.freeze({groupSize:e,scaleDtype:t,affine:!!n})}function Tb(o,e){return e==="float16"?Bb(o):Nc(o)}function qD(o,e,t,n,r){let[s,a]=n,i=a/r,c=r/2,u=new Float32Array(s*a);for(let l=0;l<s;l++)for(let p=0;p<i;p++){let d=l*i+p,f=e[d],h=t?t[d]:0,m=l*a+p*r,A=m/2;for(let g=0;g<c;g++){let x=o[A+g],b=x&15,y=x>>4;t?(u[m+2*g]=Math.fround(f*b)+h,u[m+2*g+1]=Math.fround(f*y)+h):(u[m+2*g]=f*(b-8),u[m+2*g+1]=f*(y-8))}}return u}function Pn(o,e){let t=-1,n=0;for(let r=0;r<e.length;r++){let s=e[r];s-s!==0&&(t<0&&(t=r),n++)}if(n)throw new Error(`tensor "${o}" has ${n} non-finite value(s) of ${e.length}, the first ${e[t]} at flat index ${t}; the bundle is corrupt or was made from a diverged run: re-export it from a finite checkpoint`);return e}function On(o,e,t,n,r,s,a){let i=Tc(t,`tensor "${o}"`);if(e==="q4"){if(!s)throw new Error(`tensor "${o}": q4 tensor without its layout (group_size, scale_dtype)`);if(t.length!==2||t[1]%s.groupSize!==0)throw new Error(`tensor "${o}": q4 tensors are 2-D with columns a multiple of the group size ${s.groupSize}, got shape ${JSON.stringify(t)}`);if(n!==i/2)throw new Error(`tensor "${o}": q4 data has ${n} bytes, expected ${i/2} (two values a byte, shape ${JSON.stringify(t)})`);let c=i/s.groupSize*Pb[s.scaleDtype];if(r!==c)throw new Error(`tensor "${o}": q4 scale has ${r} bytes, expected ${c} (one ${s.scaleDtype} per group of ${s.groupSize})`);if(s.affine?a!==c:a!==void 0)throw new Error(`tensor "${o}": q4 offset has ${a??"no"} bytes, expected ${s.affine?c:"none (symmetric groups)"}`);return}if(e==="float32"){if(n!==4*i)throw new Error(`tensor "${o}": float32 data has ${n} bytes, expected ${4*i} (shape ${JSON.stringify(t)})`);return}if(e==="int8"){if(t.length<1)throw new Error(`tensor "${o}": int8 tensors need at least one dimension (one scale per row)`);if(n!==i)throw new Error(`tensor "${o}": int8 data has ${n} bytes, expected ${i} (shape ${JSON.stringify(t)})`);let c=t[0];if(r!==4*c)throw new Error(`tensor "${o}": int8 scale has ${r} bytes, expected ${4*c} (one float32 per row, ${c} rows)`);return}if(e==="bfloat16"||e==="float16"){if(n!==2*i)throw new Error(`tensor "${o}": ${e} data has ${n} bytes, expected ${2*i} (shape ${JSON.stringify(t)})`);return}throw new Error(`tensor "${o}": unsupported dtype ${JSON.stringify(e)} (expected "float32", "int8" or "q4")`)}function Ob(o,e,t,n,r,s={}){let{q4:a,offsetBytes:i}=s;On(o,e,t,n.byteLength,r?r.byteLength:void 0,a,i?i.byteLength:void 0);let c={dtype:e,shape:t.slice(),bytes:n};if(e==="q4"){let u=Pn(`${o} scale`,Tb(r,a.scaleDtype)),l=i?Pn(`${o} offset`,Tb(i,a.scaleDtype)):null;return Object.assign(c,{q4:a,scaleBytes:r,scale:u,offset:l}),i&&(c.offsetBytes=i),pp(c,()=>qD(n,u,l,c.shape,a.groupSize)),c}if(e==="float32")c.data=Pn(o,Nc(n));else if(e==="bfloat16")c.data=Pn(o,HD(n));else if(e==="float16")c.data=Pn(o,Bb(n));else{let u=Nc(r);for(let l=0;l<u.length;l++)if(!Number.isFinite(u[l]))throw new Error(`tensor "${o}": int8 scale of row ${l} is ${u[l]}`);c.scaleBytes=r,c.scale=u}return c}function Lb(o){if(o.dtype==="q4"){let r={bytes:o.bytes,scaleBytes:o.scaleBytes,q4:o.q4};o.offsetBytes&&(r.offsetBytes=o.offsetBytes);let s={dtype:"q4",shape:o.shape,q4:o.q4,scale:o.scale,offset:o.offset,stored:r};return pp(s,()=>o.data)}if(o.dtype!=="int8")return{dtype:o.dtype,shape:o.shape,data:o.data,stored:{bytes:o.bytes}};let{bytes:e,scale:t}=o,n={dtype:"int8",shape:o.shape,stored:{bytes:e,scaleBytes:o.scaleBytes},scale:t};return pp(n,()=>Fb(new Int8Array(e.buffer,e.byteOffset,e.byteLength),t,n.shape))}function pp(o,e){let t=null;return Object.defineProperty(o,"data",{enumerable:!0,configurable:!0,get(){return t===null&&(t=e()),t},set(n){t=n}}),o}var Db={F32:4,I8:1,BF16:2,F16:2,U8:1,F64:8,I32:4,I64:8,I16:2};function fp(o,e){let t=e??o.byteLength;if(t<8||o.byteLength<8)throw new Error(`safetensors: file has ${t} bytes, too short for the 8-byte header length`);let n=new DataView(o.buffer,o.byteOffset,8),r=n.getUint32(4,!0)*2**32+n.getUint32(0,!0);if(r>104857600)throw new Error(`safetensors: header length ${r} exceeds the 104857600-byte limit`);if(e!=null&&8+r>e)throw new Error(`safetensors: header length ${r} runs past the end of the file (${e} bytes)`);return r}function Mb(o,e){let t=fp(o,e);if(8+t>o.byteLength)throw new Error(`safetensors: header length ${t} runs past the end of the file (${o.byteLength} bytes)`);let n;try{n=JSON.parse(new TextDecoder("utf-8",{fatal:!0}).decode(o.subarray(8,8+t)))}catch(l){throw new Error(`safetensors: header is not valid JSON (${l.message})`)}if(n===null||typeof n!="object"||Array.isArray(n))throw new Error("safetensors: header must be a JSON object");let r=8+t,s=e==null?null:e-r,a={};if(n.__metadata__!==void 0){let l=n.__metadata__;if(l===null||typeof l!="object"||Array.isArray(l))throw new Error("safetensors: __metadata__ must be an object of strings");for(let[p,d]of Object.entries(l)){if(typeof d!="string")throw new Error(`safetensors: __metadata__.${p} must be a string, got ${typeof d}`);let f=d.length*3<=33554432?d.length:new TextEncoder().encode(d).length;if(f>33554432)throw new Error(`safetensors: __metadata__.${p} is ${f} bytes, over the 33554432 a metadata string may hold`);a[p]=d}}let i={},c=[],u=0;for(let[l,p]of Object.entries(n)){if(l==="__metadata__")continue;if(p===null||typeof p!="object")throw new Error(`safetensors: tensor "${l}" has no header entry object`);let{dtype:d,shape:f,data_offsets:h}=p;if(!(d in Db))throw new Error(`safetensors: tensor "${l}" has unsupported dtype ${JSON.stringify(d)}`);let m=Tc(f,`safetensors: tensor "${l}"`);if(!Array.isArray(h)||h.length!==2||!h.every(g=>Number.isInteger(g)&&g>=0)||h[1]<h[0])throw new Error(`safetensors: tensor "${l}" has bad data_offsets ${JSON.stringify(h)}`);if(s!==null&&h[1]>s)throw new Error(`safetensors: tensor "${l}" data_offsets ${JSON.stringify(h)} run past the data section (${s} bytes)`);let A=m*Db[d];if(h[1]-h[0]!==A)throw new Error(`safetensors: tensor "${l}" (${d}, shape ${JSON.stringify(f)}) has ${h[1]-h[0]} bytes, expected ${A}`);c.push([h[0],h[1],l]),i[l]={dtype:d,shape:f.slice(),begin:h[0],end:h[1]},h[1]>u&&(u=h[1])}c.sort((l,p)=>l[0]-p[0]||l[1]-p[1]);for(let l=1;l<c.length;l++)if(c[l][0]<c[l-1][1])throw new Error(`safetensors: tensors "${c[l-1][2]}" and "${c[l][2]}" overlap (offsets ${c[l-1][0]}-${c[l-1][1]} and ${c[l][0]}-${c[l][1]})`);return{metadata:a,dataStart:r,dataEnd:u,tensors:i}}function hp(o){let e={},t=Object.keys(o).sort(),n=new Set;for(let s of t){let a=o[s];if(a.dtype==="I8"){let i=`${s}.scale`,c=o[i];if(!c)throw new Error(`safetensors: int8 tensor "${s}" has no "${i}" (float32, one per row)`);if(c.dtype!=="F32")throw new Error(`safetensors: "${i}" must be F32, got ${c.dtype}`);n.add(i)}else if(a.dtype==="U8"){let i=`${s}.scale`,c=o[i];if(!c)throw new Error(`safetensors: q4 tensor "${s}" (uint8 nibbles) has no "${i}" (a scale per group)`);if(c.dtype!=="F16"&&c.dtype!=="F32")throw new Error(`safetensors: "${i}" must be F16 or F32, got ${c.dtype}`);n.add(i);let u=o[`${s}.offset`];if(u){if(u.dtype!==c.dtype)throw new Error(`safetensors: "${s}.offset" must be ${c.dtype} like its scale, got ${u.dtype}`);n.add(`${s}.offset`)}}}let r={F32:"float32",BF16:"bfloat16",F16:"float16",I8:"int8",U8:"q4"};for(let s of t){if(n.has(s))continue;let a=o[s];if(!(a.dtype in r))throw new Error(`safetensors: tensor "${s}" has dtype ${a.dtype}; bundles store F32, I8 with NAME.scale, or U8 (q4) with NAME.scale`);let i=r[a.dtype],c={dtype:i,shape:a.shape,data:a};if(i==="int8"&&(c.scale=o[`${s}.scale`]),i==="q4"){c.scale=o[`${s}.scale`],c.offset=o[`${s}.offset`];let[u,l]=a.shape.length===2?a.shape:[NaN,NaN],p=c.scale.shape.length===2&&c.scale.shape[0]===u?c.scale.shape[1]:NaN,d=2*l;if(!(p>0)||d%p!==0)throw new Error(`safetensors: q4 tensor "${s}" ${JSON.stringify(a.shape)} and its scale ${JSON.stringify(c.scale.shape)} do not make groups of a row`);if(c.offset&&JSON.stringify(c.offset.shape)!==JSON.stringify(c.scale.shape))throw new Error(`safetensors: "${s}.offset" ${JSON.stringify(c.offset.shape)} differs in shape from its scale ${JSON.stringify(c.scale.shape)}`);c.shape=[u,d],c.q4=dp(s,d/p,c.scale.dtype==="F16"?"float16":"float32",!!c.offset)}On(s,i,c.shape,a.end-a.begin,c.scale?c.scale.end-c.scale.begin:void 0,c.q4,c.offset?c.offset.end-c.offset.begin:void 0),e[s]=c}return e}function jt(o){if(o instanceof Uint8Array)return o;if(o instanceof ArrayBuffer)return new Uint8Array(o);if(ArrayBuffer.isView(o))return new Uint8Array(o.buffer,o.byteOffset,o.byteLength);if(typeof SharedArrayBuffer<"u"&&o instanceof SharedArrayBuffer)return new Uint8Array(o);throw new Error(`expected bytes, got ${o===null?"null":typeof o}`)}function Qb(o){return o instanceof ArrayBuffer||ArrayBuffer.isView(o)||typeof SharedArrayBuffer<"u"&&o instanceof SharedArrayBuffer}function Ub(o){for(let e=0;e<o.length&&e<4096;e++){let t=o[e];if(t!==32&&t!==9&&t!==10&&t!==13&&t!==239&&t!==187&&t!==191)return t}return-1}function mp(o,e){let t;try{t=new TextDecoder("utf-8",{fatal:!0}).decode(o)}catch(n){throw new Error(`${e}: not valid UTF-8 (${n.message})`)}return Dc(t,e)}function Dc(o,e){try{return JSON.parse(o)}catch(t){throw new Error(`${e}: not valid JSON (${t.message})`)}}var Ve={version:2,versions:[1,2],objects:{config:[{name:"family",type:"string",required:!0,max_len:200},{name:"source_framework",type:"string",required:!0,max_len:200},{name:"vocab_size",type:"int",min:1,max:16777216,required:!0},{name:"padded_vocab_size",type:"int",min:1,max:16777216,required:!0},{name:"n_layer",type:"int",min:1,max:1024,required:!0},{name:"n_head",type:"int",min:1,max:1024,required:!0},{name:"n_kv_head",type:"int",min:1,max:1024,required:!0},{name:"n_embd",type:"int",min:1,max:262144,required:!0},{name:"head_dim",type:"int",min:1,max:262144,required:!0},{name:"mlp_hidden",type:"int",min:1,max:262144,required:!0},{name:"sequence_len",type:"int",min:1,max:16777216,required:!0},{name:"window",type:"window",required:!0,length:"n_layer",max:33554432,expect:"null (full causal) or an integer >= 1 of visible keys (at most {max})"},{name:"rope",type:"object",of:"rope",default:{},nullable:!0,null_since:2},{name:"norm_eps",type:"number",gt:0,lt:1,default:1e-5},{name:"qk_scale",type:"number",gt:0,default:1},{name:"value_embed",type:"object",of:"value_embed",nullable:!0,default:null},{name:"softcap",type:"number",gt:0,nullable:!0,default:15},{name:"activation",type:"object",of:"activation",default:{}},{name:"smear",type:"object",of:"smear",nullable:!0,default:null},{name:"backout",type:"object",of:"backout",nullable:!0,default:null},{name:"embed",type:"object",of:"embed",default:{},since:2},{name:"norm",type:"object",of:"norm",default:{},since:2},{name:"qk_norm",type:"object",of:"qk_norm",nullable:!0,default:{},since:2},{name:"attn",type:"object",of:"attn",default:{},since:2},{name:"mlp",type:"object",of:"mlp",default:{},since:2},{name:"residual",type:"enum",choices:["lambdas","plain"],default:"lambdas",since:2},{name:"version",type:"int",choices:[1,2],default:2,message:"spec version {value} is not supported (expected one of [1,2])"}],rope:[{name:"style",type:"enum",choices:["interleaved","half"],default:"interleaved"},{name:"base",type:"number",gt:1,default:1e4},{name:"sign",type:"int",choices:[1,-1],default:1,expect:"+1 or -1"},{name:"table_dtype",type:"enum",choices:["float32","bfloat16","float16"],default:"float32"},{name:"rotary_dim",type:"int",min:2,max:"head_dim",nullable:!0,default:null,since:2},{name:"scaling",type:"object",of:"rope_scaling",default:{},since:2}],rope_scaling:[{name:"kind",type:"enum",choices:["none","linear","llama3"],default:"none"},{name:"params",type:"params",of:"rope_scalings",nullable:!0,default:{}}],value_embed:[{name:"layers",type:"indices",below:"n_layer",default:[],expect:"layer indices in [0, {n_layer}) without duplicates"},{name:"gate_channels",type:"int",min:1,max:"n_embd",default:32},{name:"gate_scale",type:"number",default:2}],activation:[{name:"kind",type:"enum",choices:["relu2","eml","relu","silu","gelu_tanh","gelu_erf"],v1_choices:["relu2","eml"],default:"relu2"},{name:"params",type:"params",of:"activations",nullable:!0,default:{}}],smear:[{name:"channels",type:"int",min:1,max:"n_embd",default:24}],backout:[{name:"layer",type:"int",min:0,max:"n_layer",exclusive:!0,default:0,expect:"in [0, {n_layer})"}],embed:[{name:"norm",type:"bool",default:!0},{name:"positions",type:"enum",choices:["none","learned"],default:"none"},{name:"tied",type:"bool",default:!1}],norm:[{name:"kind",type:"enum",choices:["rms","layer"],default:"rms"},{name:"weight",type:"bool",default:!1},{name:"bias",type:"bool",default:!1}],qk_norm:[{name:"order",type:"enum",choices:["after_rope","before_rope"],default:"after_rope"},{name:"weight",type:"bool",default:!1}],attn:[{name:"qkv_bias",type:"bool",default:!1},{name:"out_bias",type:"bool",default:!1},{name:"scale",type:"number",gt:0,nullable:!0,default:null}],mlp:[{name:"gated",type:"bool",default:!1},{name:"bias",type:"bool",default:!1}]},activations:{relu2:{},eml:{exp_clamp:{type:"number",gt:0,default:20},log_floor:{type:"number",gt:0,default:1e-30}},relu:{},silu:{},gelu_tanh:{},gelu_erf:{}},rope_scalings:{none:{},linear:{factor:{type:"number",gt:0}},llama3:{factor:{type:"number",gt:0},low_freq_factor:{type:"number",gt:0},high_freq_factor:{type:"number",gt:0},original_max_position_embeddings:{type:"int",min:1,max:16777216}}},relations:[{op:">=",a:"padded_vocab_size",b:"vocab_size",message:"padded_vocab_size {padded_vocab_size} is smaller than vocab_size {vocab_size}"},{op:"multiple",a:"n_head",b:"n_kv_head",message:"n_head {n_head} is not a multiple of n_kv_head {n_kv_head}"},{op:"even",a:"head_dim",when:{all:[{present:"rope"},{equals:["rope.rotary_dim",null]}]},message:"head_dim must be even for RoPE, got {head_dim}"},{op:"even",a:"rope.rotary_dim",when:{present:"rope.rotary_dim"},message:"rope.rotary_dim must be even, got {rope.rotary_dim}"},{op:">",a:"rope.scaling.params.high_freq_factor",b:"rope.scaling.params.low_freq_factor",when:{equals:["rope.scaling.kind","llama3"]},message:"rope.scaling.params.high_freq_factor {rope.scaling.params.high_freq_factor} must be above low_freq_factor {rope.scaling.params.low_freq_factor}"}],dims:{V:["padded_vocab_size"],C:["n_embd"],L:["n_layer"],H:["mlp_hidden"],P:["sequence_len"],Q:["n_head","head_dim"],KV:["n_kv_head","head_dim"],KVH:["n_kv_head"],D:["head_dim"],G:["value_embed.gate_channels"],S:["smear.channels"],VS:["vocab_size"]},tensors:[{name:"wte.weight",shape:["V","C"]},{name:"wpe.weight",when:{equals:["embed.positions","learned"]},shape:["P","C"]},{name:"embed_norm.weight",when:{all:[{equals:["embed.norm",!0]},{equals:["norm.weight",!0]}]},shape:["C"]},{name:"embed_norm.bias",when:{all:[{equals:["embed.norm",!0]},{equals:["norm.bias",!0]}]},shape:["C"]},{name:"lm_head.weight",when:{equals:["embed.tied",!1]},shape:["V","C"]},{name:"resid_lambdas",when:{equals:["residual","lambdas"]},shape:["L"]},{name:"x0_lambdas",when:{equals:["residual","lambdas"]},shape:["L"]},{name:"blocks.{i}.attn_norm.weight",layer:!0,when:{equals:["norm.weight",!0]},shape:["C"]},{name:"blocks.{i}.attn_norm.bias",layer:!0,when:{equals:["norm.bias",!0]},shape:["C"]},{name:"blocks.{i}.attn.c_q.weight",layer:!0,shape:["Q","C"]},{name:"blocks.{i}.attn.c_q.bias",layer:!0,when:{equals:["attn.qkv_bias",!0]},shape:["Q"]},{name:"blocks.{i}.attn.c_k.weight",layer:!0,shape:["KV","C"]},{name:"blocks.{i}.attn.c_k.bias",layer:!0,when:{equals:["attn.qkv_bias",!0]},shape:["KV"]},{name:"blocks.{i}.attn.c_v.weight",layer:!0,shape:["KV","C"]},{name:"blocks.{i}.attn.c_v.bias",layer:!0,when:{equals:["attn.qkv_bias",!0]},shape:["KV"]},{name:"blocks.{i}.attn.q_norm.weight",layer:!0,when:{equals:["qk_norm.weight",!0]},shape:["D"]},{name:"blocks.{i}.attn.k_norm.weight",layer:!0,when:{equals:["qk_norm.weight",!0]},shape:["D"]},{name:"blocks.{i}.attn.c_proj.weight",layer:!0,shape:["C","Q"]},{name:"blocks.{i}.attn.c_proj.bias",layer:!0,when:{equals:["attn.out_bias",!0]},shape:["C"]},{name:"blocks.{i}.mlp_norm.weight",layer:!0,when:{equals:["norm.weight",!0]},shape:["C"]},{name:"blocks.{i}.mlp_norm.bias",layer:!0,when:{equals:["norm.bias",!0]},shape:["C"]},{name:"blocks.{i}.mlp.c_gate.weight",layer:!0,when:{equals:["mlp.gated",!0]},shape:["H","C"]},{name:"blocks.{i}.mlp.c_gate.bias",layer:!0,when:{all:[{equals:["mlp.gated",!0]},{equals:["mlp.bias",!0]}]},shape:["H"]},{name:"blocks.{i}.mlp.c_fc.weight",layer:!0,shape:["H","C"]},{name:"blocks.{i}.mlp.c_fc.bias",layer:!0,when:{equals:["mlp.bias",!0]},shape:["H"]},{name:"blocks.{i}.mlp.c_proj.weight",layer:!0,shape:["C","H"]},{name:"blocks.{i}.mlp.c_proj.bias",layer:!0,when:{equals:["mlp.bias",!0]},shape:["C"]},{name:"blocks.{i}.attn.ve_gate.weight",layer:!0,when:{layer_in:"value_embed.layers"},shape:["KVH","G"]},{name:"value_embeds.{i}.weight",layer:!0,when:{layer_in:"value_embed.layers"},shape:["V","KV"]},{name:"blocks.{i}.mlp.eml_k",layer:!0,when:{equals:["activation.kind","eml"]},shape:null},{name:"final_norm.weight",when:{equals:["norm.weight",!0]},shape:["C"]},{name:"final_norm.bias",when:{equals:["norm.bias",!0]},shape:["C"]},{name:"smear_gate.weight",when:{present:"smear"},shape:[1,"S"]},{name:"smear_lambda",when:{present:"smear"},shape:null},{name:"backout_lambda",when:{present:"backout"},shape:null}],taps:{before:["embed"],layer:["blocks.{i}.attn.q","blocks.{i}.attn.k","blocks.{i}.attn.v","blocks.{i}.attn_out","blocks.{i}.mlp_out","blocks.{i}.out"],after:["final_norm","logits"]},heap:{align:64,reserved:64,max_bytes:4294967296,host:["resid_lambdas","x0_lambdas","blocks.{i}.mlp.eml_k","blocks.{i}.attn.ve_gate.weight","smear_gate.weight","smear_lambda","backout_lambda"],linear:[{name:"blocks.{i}.attn.c_q.weight"},{name:"blocks.{i}.attn.c_k.weight"},{name:"blocks.{i}.attn.c_v.weight"},{name:"blocks.{i}.attn.c_proj.weight"},{name:"blocks.{i}.mlp.c_gate.weight"},{name:"blocks.{i}.mlp.c_fc.weight"},{name:"blocks.{i}.mlp.c_proj.weight"},{name:"lm_head.weight",rows:"vocab_size"},{name:"wte.weight",rows:"vocab_size",when:{equals:["embed.tied",!0]}}],rope:{first_rows:256},cache:{min_rows:16,slack_rows:16},scratch:[{name:"x",floats:["T","C"]},{name:"x0",floats:["T","C"],when:{spec:{equals:["residual","lambdas"]}}},{name:"h",floats:["T","C"]},{name:"t",floats:["T","Q"]},{name:"q",floats:["T","Q"]},{name:"att",floats:["T","Q"]},{name:"y",floats:["T","Q"]},{name:"o",floats:["T","C"]},{name:"z",floats:["T","H"]},{name:"u",floats:["T","H"],when:{spec:{equals:["mlp.gated",!0]}}},{name:"k",floats:["T","KV"],when:{stateless:!0}},{name:"v",floats:["T","KV"],when:{stateless:!0}},{name:"xb",floats:["T","C"],when:{spec:{present:"backout"}}},{name:"e",floats:["T","KV"],when:{spec:{present:"value_embed"}}},{name:"lg",floats:["R","VS"]},{name:"sc",floats:["K"]},{name:"deq",floats:["I8"],when:{rows_at_least:8}},{name:"xq",floats:[7,"XQ"]},{name:"pack",bytes:278544,when:{rows_at_least:32}}]}};var gp=Ve.objects,Gb=(o,e)=>gp[o].find(t=>t.name===e),Hb=Ve.version,rpe=Object.freeze([...Ve.versions]),spe=Object.freeze([...Gb("rope","style").choices]),ape=Object.freeze([...Gb("rope","table_dtype").choices]),ipe=Object.freeze(Object.keys(Ve.activations)),cpe=Object.freeze(Object.fromEntries(Object.entries(Ve.activations.eml).map(([o,e])=>[o,e.default])));function Oe(o){throw new Error(`invalid model spec: ${o}`)}function Ln(o){return o!==null&&typeof o=="object"&&!Array.isArray(o)}function Bc(o){return typeof o=="number"&&Number.isInteger(o)}function qb(o){return typeof o=="number"&&Number.isFinite(o)}function Ie(o){if(typeof o=="number"&&!Number.isFinite(o))return Number.isNaN(o)?"NaN":o>0?"Infinity":"-Infinity";try{let e=JSON.stringify(o);return e===void 0?String(o):e}catch{return String(o)}}function Ap(o,e){return o.replace(/\{([\w.]+)\}/g,(t,n)=>{let r=Yt(e,n);return r===void 0||r===null&&!(n in e)?t:String(r)})}function Fc(o,e){return typeof o=="string"?[e[o],`${o}=${e[o]}`]:[o,String(o)]}function Kb(o){return o.gt!==void 0&&o.lt!==void 0?`a finite number in (${Ie(o.gt)}, ${Ie(o.lt)})`:o.gt!==void 0?`a finite number > ${Ie(o.gt)}`:"a finite number"}function Vb(o,e){if(o.expect!==void 0)return Ap(o.expect,{...e,max:o.max});switch(o.type){case"int":return o.choices?`one of ${Ie(o.choices)}`:`an integer in [${Fc(o.min,e)[1]}, ${Fc(o.max,e)[1]}${o.exclusive?")":"]"}`;case"number":return Kb(o);case"enum":return`one of ${Ie(o.choices)}`;case"string":return`a non-empty string of at most ${o.max_len} characters`;case"bool":return"true or false";default:return o.type}}function zb(o,e,t,n){if(t===null&&e.nullable)return null;let r=()=>Oe(e.message!==void 0?Ap(e.message,{...n,value:Ie(t)}):`${o} must be ${Vb(e,n)}${e.nullable?" or null":""}, got ${Ie(t)}`);switch(e.type){case"string":return(typeof t!="string"||t.length===0||t.length>e.max_len)&&r(),t;case"enum":return(typeof t!="string"||!e.choices.includes(t))&&r(),t;case"bool":return typeof t!="boolean"&&r(),t;case"int":if(Bc(t)||r(),e.choices)e.choices.includes(t)||r();else{let s=Fc(e.min,n)[0],a=Fc(e.max,n)[0];(t<s||t>a||e.exclusive&&t>=a)&&r()}return t;case"number":return(!qb(t)||e.gt!==void 0&&!(t>e.gt)||e.lt!==void 0&&!(t<e.lt))&&r(),t;case"window":{Array.isArray(t)||Oe(`${o} must be a list (one entry per layer), got ${Ie(t)}`);let s=n[e.length];return t.length!==s&&Oe(`${o} has ${t.length} entries, expected one per layer (${s})`),t.forEach((a,i)=>{a===null||Bc(a)&&a>=1&&a<=e.max||Oe(`${o}[${i}] must be ${Vb(e,n)}, got ${Ie(a)}`)}),[...t]}case"indices":{let s=n[e.below];return(!Array.isArray(t)||!t.every(a=>Bc(a)&&a>=0&&a<s)||new Set(t).size!==t.length)&&r(),[...t]}case"object":return Xb(e.of,t,o,n);case"params":return Ln(t)||Oe(`${o} must be an object of numbers, got ${Ie(t)}`),{...t};default:throw new Error(`spec table: unknown field type ${e.type}`)}}function Xb(o,e,t,n){Ln(e)||Oe(`${t} must be an object, got ${Ie(e)}`);let r=gp[o],s=r.map(l=>l.name),a=Object.keys(e).filter(l=>!s.includes(l)).sort();a.length&&Oe(`unknown key(s) ${Ie(a)} in ${t}; known: ${Ie([...s].sort())}`);let i=r.filter(l=>l.required&&!(l.name in e)).map(l=>l.name);i.length&&Oe(`missing required key(s) ${Ie(i)} in ${t}`);let c={},u=o==="config"?c:n;for(let l of r){let p=o==="config"?l.name:`${t}.${l.name}`;l.name in e?c[l.name]=zb(p,l,e[l.name],u):l.type==="object"&&l.default!==null?c[l.name]=zb(p,l,{...l.default},u):c[l.name]=Array.isArray(l.default)?[...l.default]:Ln(l.default)?{...l.default}:l.default}for(let l of r)l.type==="params"&&(c[l.name]=KD(l.of,c.kind,c[l.name]??{},`${t}.${l.name}`));return c}var Wb={activations:"activation",rope_scalings:"rope scaling"};function KD(o,e,t,n){let r=Ve[o][e],s=Object.keys(t).filter(c=>!(c in r)).sort();s.length&&Oe(`unknown key(s) ${Ie(s)} in ${n} for ${Wb[o]} ${Ie(e)}; known: ${Ie(Object.keys(r).sort())}`);let a=Object.keys(r).filter(c=>!("default"in r[c])&&!(c in t)).sort();a.length&&Oe(`missing key(s) ${Ie(a)} in ${n} for ${Wb[o]} ${Ie(e)}`);for(let[c,u]of Object.entries(t)){let l=r[c];l.type==="int"?(!Bc(u)||u<l.min||u>l.max)&&Oe(`${n}.${c} must be an integer in [${l.min}, ${l.max}], got ${Ie(u)}`):(!qb(u)||l.gt!==void 0&&!(u>l.gt))&&Oe(`${n}.${c} must be ${Kb(l)}, got ${Ie(u)}`)}return{...Object.fromEntries(Object.entries(r).filter(([,c])=>"default"in c).map(([c,u])=>[c,u.default])),...t}}var XD={">=":(o,e)=>o>=e,">":(o,e)=>o>e,multiple:(o,e)=>o%e===0,even:o=>o%2===0};function jD(o){let e=[],t=(n,r,s)=>{if(Ln(r))for(let a of gp[n]){if(!(a.name in r))continue;let i=r[a.name],c=s+a.name;(a.since??1)>1?e.push(c):i===null&&(a.null_since??1)>1?e.push(`${c}=null`):a.v1_choices&&!a.v1_choices.includes(i)?e.push(`${c}=${Ie(i)}`):a.type==="object"&&t(a.of,i,`${c}.`)}};return t("config",o,""),e}function ha(o){let e=o;if(typeof e=="string")try{e=JSON.parse(e)}catch(n){Oe(`config is not valid JSON (${n.message})`)}Ln(e)||Oe(`expected a JSON object, got ${e===null?"null":Array.isArray(e)?"list":typeof e}`);let t=Xb("config",e,"config",{});if(t.version===1){let n=jD(e);n.length&&Oe(`${n.join(", ")}: recipe keys of spec version 2, but the spec says version 1; set version to 2`)}for(let n of Ve.relations)fa(n.when,t,null)&&(XD[n.op](Yt(t,n.a),n.b===void 0?void 0:Yt(t,n.b))||Oe(Ap(n.message,t)));return t.version=Hb,jb(t)}function jb(o){if(o&&typeof o=="object"){for(let e of Object.values(o))jb(e);Object.freeze(o)}return o}function Yt(o,e){let t=o;for(let n of e.split("."))t=Ln(t)?t[n]:void 0;return t}function fa(o,e,t){if(!o)return!0;if("all"in o)return o.all.every(s=>fa(s,e,t));if("present"in o)return Yt(e,o.present)!==null&&Yt(e,o.present)!==void 0;if("layer_in"in o)return(Yt(e,o.layer_in)??[]).includes(t);let[n,r]=o.equals;return Yt(e,n)===r}function xp(o){let e={};for(let[i,c]of Object.entries(Ve.dims)){let u=c.map(l=>Yt(o,l));u.every(l=>l!=null)&&(e[i]=u.reduce((l,p)=>l*p,1))}let t=i=>i.shape===null?null:i.shape.map(c=>typeof c=="number"?c:e[c]),n=Ve.tensors,r=n.findIndex(i=>i.layer),s=n.length-1-[...n].reverse().findIndex(i=>i.layer),a={};for(let i of n.slice(0,r))fa(i.when,o,null)&&(a[i.name]=t(i));for(let i=0;i<o.n_layer;i++)for(let c of n.slice(r,s+1))fa(c.when,o,i)&&(a[c.name.replaceAll("{i}",String(i))]=t(c));for(let i of n.slice(s+1))fa(i.when,o,null)&&(a[i.name]=t(i));return a}function Yb(o){let e=Ve.taps,t=[...e.before];for(let n=0;n<o.n_layer;n++)t.push(...e.layer.map(r=>r.replaceAll("{i}",String(n))));return[...t,...e.after]}function Pc(o,e){let t=xp(o),n=Object.keys(e),r=[],s=Object.keys(t).filter(i=>!(i in e)).sort(),a=n.filter(i=>!(i in t)).sort();s.length&&r.push(`missing tensors: ${s.join(", ")}`),a.length&&r.push(`unexpected tensors: ${a.join(", ")}`);for(let i of Object.keys(t).filter(c=>c in e).sort()){let c=t[i],u=e[i];c===null?u.length===0||u.length===1&&u[0]===1||r.push(`${i}: shape ${Ie(u)}, expected a scalar ([] or [1])`):(u.length!==c.length||u.some((l,p)=>l!==c[p]))&&r.push(`${i}: shape ${Ie(u)}, expected ${Ie(c)}`)}return r}var YD=o=>o/2**32|0,JD=o=>o>>>0;function Jb(o,e,t,n){let r=YD(t),s=JD(t);o.setUint32(e,n?s:r,n),o.setUint32(e+4,n?r:s,n)}function Zb(o){return o instanceof Uint8Array||ArrayBuffer.isView(o)&&o.constructor.name==="Uint8Array"&&"BYTES_PER_ELEMENT"in o&&o.BYTES_PER_ELEMENT===1}var Cp=o=>o?`"${o}" `:"";function ZD(o,e=""){if(typeof o!="number")throw new TypeError(Cp(e)+"expected number, got "+typeof o);if(!Number.isSafeInteger(o)||o<0)throw new RangeError(Cp(e)+"expected integer >= 0, got "+o);return o}function bp(o,e,t=""){if(Zb(o)&&(e===void 0||o.length===e))return o;e!==void 0&&ZD(e,"length");let n=Zb(o),r=e!==void 0?` of length ${e}`:"",s=n?`length=${o.length}`:`type=${typeof o}`,a=Cp(t)+"expected Uint8Array"+r+", got "+s;throw n?new RangeError(a):new TypeError(a)}var eB=(o,e)=>{if(o===null||typeof o!="object"||Array.isArray(o))throw new TypeError((e==="object"?"":`"${e}" `)+"expected object, got type="+typeof o)},ey=(o,e)=>{eB(o,e);let t=Object.getPrototypeOf(o);if(t!==Object.prototype&&t!==null)throw new TypeError(`"${e}" expected plain object`);if(Object.hasOwn(o,"__proto__"))throw new TypeError(`"${e}.__proto__" is not allowed`)};function yp(o,e=!0){if(o.destroyed)throw new Error("hash was destroyed");if(e&&o.finished)throw new Error("digest() was already called")}function ty(o,e){bp(o,void 0,"output");let t=e.outputLen;if(!(o.length>=t))throw new RangeError('"output" expected length >= '+t)}function wp(...o){for(let e=0;e<o.length;e++)o[e].fill(0)}function Oc(o){return new DataView(o.buffer,o.byteOffset,o.byteLength)}function mt(o,e){return o<<32-e|o>>>e}function tB(o,e,t="opts"){return ey(o,"defaults"),e!==void 0&&ey(e,t),Object.assign(Object.create(null),o,e)}function oy(o,e={}){if(typeof o!="function")throw new TypeError('"hashCons" expected function, got type='+typeof o);e=tB({},e,"info");let t=(r,s)=>o(s).update(r).digest(),n=o(void 0);return t.outputLen=n.outputLen,t.blockLen=n.blockLen,t.canXOF=n.canXOF,t.create=r=>o(r),Object.assign(t,e),Object.freeze(t)}var ny=o=>({oid:Uint8Array.from([6,9,96,134,72,1,101,3,4,2,o])});function ry(o,e,t){return o&e^~o&t}function sy(o,e,t){return o&e^o&t^e&t}var Lc=class{constructor(e,t,n,r){pe(this,"blockLen");pe(this,"outputLen");pe(this,"canXOF",!1);pe(this,"padOffset");pe(this,"isLE");pe(this,"buffer");pe(this,"view");pe(this,"finished",!1);pe(this,"length",0);pe(this,"pos",0);pe(this,"destroyed",!1);this.blockLen=e,this.outputLen=t,this.padOffset=n,this.isLE=r,this.buffer=new Uint8Array(e),this.view=Oc(this.buffer)}update(e){yp(this),bp(e);let{view:t,buffer:n,blockLen:r}=this,s=e.length,a=!1;for(let i=0;i<s;){let c=Math.min(r-this.pos,s-i);if(c===r){let u=Oc(e);for(;r<=s-i;i+=r)this.process(u,i);a=!0;continue}n.set(i===0&&c===s?e:e.subarray(i,i+c),this.pos),this.pos+=c,i+=c,this.pos===r&&(this.process(t,0),this.pos=0,a=!0)}return this.length+=e.length,a&&this.roundClean(),this}digestInto(e){yp(this),ty(e,this),this.finished=!0;let{buffer:t,view:n,blockLen:r,isLE:s}=this,{pos:a}=this;t[a++]=128,t.fill(0,a),this.padOffset>r-a&&(this.process(n,0),t.fill(0)),Jb(n,r-8,this.length*8,s),this.process(n,0),this.roundClean();let i=e===t?n:Oc(e),c=this.outputLen,u=c/4,l=this.get();if(c%4||u>l.length)throw new Error("invalid outputLen");for(let p=0;p<u;p++)i.setUint32(4*p,l[p],s)}digest(){let{buffer:e,outputLen:t}=this;this.digestInto(e);let n=e.slice(0,t);return this.destroy(),n}_cloneIntoMeta(e){let{buffer:t,length:n,finished:r,destroyed:s,pos:a}=this;return e.destroyed=s,e.finished=r,e.length=n,e.pos=a,a&&e.buffer.set(t),e}clone(){return this._cloneInto()}},ay=Uint32Array.from([1779033703,3144134277,1013904242,2773480762,1359893119,2600822924,528734635,1541459225]);var oB=Uint32Array.from([1116352408,1899447441,3049323471,3921009573,961987163,1508970993,2453635748,2870763221,3624381080,310598401,607225278,1426881987,1925078388,2162078206,2614888103,3248222580,3835390401,4022224774,264347078,604807628,770255983,1249150122,1555081692,1996064986,2554220882,2821834349,2952996808,3210313671,3336571891,3584528711,113926993,338241895,666307205,773529912,1294757372,1396182291,1695183700,1986661051,2177026350,2456956037,2730485921,2820302411,3259730800,3345764771,3516065817,3600352804,4094571909,275423344,430227734,506948616,659060556,883997877,958139571,1322822218,1537002063,1747873779,1955562222,2024104815,2227730452,2361852424,2428436474,2756734187,3204031479,3329325298]),Jt=new Uint32Array(64),Ip=class extends Lc{constructor(t,n){super(64,t,8,!1);pe(this,"A",0);pe(this,"B",0);pe(this,"C",0);pe(this,"D",0);pe(this,"E",0);pe(this,"F",0);pe(this,"G",0);pe(this,"H",0);this.A=n[0]|0,this.B=n[1]|0,this.C=n[2]|0,this.D=n[3]|0,this.E=n[4]|0,this.F=n[5]|0,this.G=n[6]|0,this.H=n[7]|0}get(){let{A:t,B:n,C:r,D:s,E:a,F:i,G:c,H:u}=this;return[t,n,r,s,a,i,c,u]}set(t,n,r,s,a,i,c,u){this.A=t|0,this.B=n|0,this.C=r|0,this.D=s|0,this.E=a|0,this.F=i|0,this.G=c|0,this.H=u|0}_cloneInto(t){return(t||(t=new this.constructor)).set(...this.get()),this._cloneIntoMeta(t)}process(t,n){for(let d=0;d<16;d++,n+=4)Jt[d]=t.getUint32(n,!1);for(let d=16;d<64;d++){let f=Jt[d-15],h=Jt[d-2],m=mt(f,7)^mt(f,18)^f>>>3,A=mt(h,17)^mt(h,19)^h>>>10;Jt[d]=A+Jt[d-7]+m+Jt[d-16]|0}let{A:r,B:s,C:a,D:i,E:c,F:u,G:l,H:p}=this;for(let d=0;d<64;d++){let f=mt(c,6)^mt(c,11)^mt(c,25),h=p+f+ry(c,u,l)+oB[d]+Jt[d]|0,A=(mt(r,2)^mt(r,13)^mt(r,22))+sy(r,s,a)|0;p=l,l=u,u=c,c=i+h|0,i=a,a=s,s=r,r=h+A|0}r=r+this.A|0,s=s+this.B|0,a=a+this.C|0,i=i+this.D|0,c=c+this.E|0,u=u+this.F|0,l=l+this.G|0,p=p+this.H|0,this.set(r,s,a,i,c,u,l,p)}roundClean(){wp(Jt)}destroy(){this.destroyed=!0,this.set(0,0,0,0,0,0,0,0),wp(this.buffer)}},kp=class extends Ip{constructor(){super(32,ay)}};var iy=oy(()=>new kp,ny(1));function cy(o){let e="";for(let t=0;t<o.length;t++)e+=o[t].toString(16).padStart(2,"0");return e}var ma;async function nB(){if(ma===void 0&&(ma=null,Ft()))try{ma=(await import("node:crypto")).createHash}catch{ma=null}return ma}var rB=256*1024*1024;async function Io(o={}){let e=o.engine??void 0,t=e===void 0||e==="node:crypto"?await nB():null;if(t){let a=t("sha256");return{engine:"node:crypto",update(i){a.update(i)},hex:async()=>a.digest("hex")}}let n=globalThis.crypto&&globalThis.crypto.subtle,r=o.totalBytes;if(n&&(e==="subtle"||e===void 0&&Number.isInteger(r)&&r<=rB)){let a=new Uint8Array(Number.isInteger(r)?r:65536),i=0;return{engine:"subtle",update(c){let u=jt(c);if(i+u.byteLength>a.byteLength){let l=new Uint8Array(Math.max(2*a.byteLength,i+u.byteLength));l.set(a.subarray(0,i)),a=l}a.set(u,i),i+=u.byteLength},async hex(){let c=new Uint8Array(await n.digest("SHA-256",a.subarray(0,i)));return a=null,cy(c)}}}let s=iy.create();return{engine:"@noble/hashes",update(a){s.update(jt(a))},hex:async()=>cy(s.digest())}}var uy=new TextEncoder;function Qc(o,e,t,n){let r=e==="q4"&&n?`${n.groupSize},${n.scaleDtype},${n.affine?"affine":"symmetric"}
`:"";return uy.encode(`${o}
${e}
${t.join(",")}
${r}`)}var ly=256;function Mc(o,e=0){if(e>ly)throw new Error(`canonical JSON: nested more than ${ly} levels deep`);if(o===null||typeof o=="boolean"||typeof o=="string")return JSON.stringify(o);if(typeof o=="number"){if(!Number.isFinite(o))throw new Error(`canonical JSON: ${o} is not a JSON number`);return JSON.stringify(o)}if(Array.isArray(o))return`[${o.map(t=>Mc(t,e+1)).join(",")}]`;if(typeof o=="object")return`{${Object.keys(o).sort().map(n=>`${JSON.stringify(n)}:${Mc(o[n],e+1)}`).join(",")}}`;throw new Error(`canonical JSON: a ${typeof o} is not a JSON value`)}async function ga({config:o,tokenizer:e,weights_sha256:t}){let n=uy.encode(Mc({config:o,tokenizer:e??null,weights_sha256:t})),r=await Io({totalBytes:n.byteLength});return r.update(n),r.hex()}var py="emlx-bundles",fy="x-emlx-sha256";function hy(o){if(o==null||o===!1)return null;if(o===!0)return{name:py,revalidate:!0};if(typeof o=="string")return{name:o,revalidate:!0};if(typeof o=="object"){if(typeof o.match=="function"&&typeof o.put=="function")return{cache:o,revalidate:!0};if(o.revalidate!==void 0&&typeof o.revalidate!="boolean")throw new Error("options.cache.revalidate must be true or false");if(o.name!==void 0&&(typeof o.name!="string"||o.name===""))throw new Error("options.cache.name must be a non-empty string");return{name:o.name??py,revalidate:o.revalidate??!0,storage:o.storage,cache:o.cache}}throw new Error(`options.cache must be true, a cache name, a Cache or {name, revalidate}, got ${typeof o}`)}function my(){return{hits:0,misses:0,corrupt:0,revalidated:0,replaced:0,stored:0,storeFailed:0,unavailable:0}}async function sB(o){if(o.cache)return o.cache;let e=o.storage??(typeof caches<"u"?caches:null);if(!e||typeof e.open!="function")return null;try{return await e.open(o.name)}catch{return null}}async function gy(o){let e=await Io({totalBytes:o.byteLength});return e.update(o),e.hex()}function aB(o){let e={},t=o.headers.get("etag"),n=o.headers.get("last-modified");return t&&(e["If-None-Match"]=t),n&&(e["If-Modified-Since"]=n),e}async function Ay(o,e,t,n){let r=await sB(e);if(r===null)return t.stats.unavailable++,null;t.check();let s=await r.match(o);if(s){let i=new Uint8Array(await s.arrayBuffer()),c=s.headers.get(fy);if(c&&await gy(i)===c){let u=e.revalidate?aB(s):{};if(Object.keys(u).length){let l=null;try{l=await t.fetchOnce(o,{headers:u,cache:"no-store"})}catch{t.check()}if(l&&l.status===304)t.stats.revalidated++;else{if(l&&l.status===200)return t.stats.replaced++,dy(r,o,l,t,n);l&&t.discard(l)}}return t.stats.hits++,t.delivered(i.byteLength),{bytes:i}}t.stats.corrupt++,await r.delete(o)}else t.stats.misses++;let a=await t.fetchOnce(o,{cache:"no-store"});if(a.status!==200)throw t.discard(a),new Error(`cannot fetch ${o}: HTTP ${a.status}${a.statusText?" "+a.statusText:""}`);return dy(r,o,a,t,n)}async function dy(o,e,t,n,r){let s=Number(t.headers.get("content-length")??NaN);if(Number.isFinite(s)&&s>r)return n.discard(t),null;let a=await n.download(t,r),i={"content-type":t.headers.get("content-type")||"application/octet-stream",[fy]:await gy(a),"content-length":String(a.byteLength)};for(let c of["etag","last-modified"])t.headers.get(c)&&(i[c]=t.headers.get(c));try{await o.put(e,new Response(a,{status:200,headers:i})),n.stats.stored++}catch{n.stats.storeFailed++}return{bytes:a}}var Pt="emlx.bundle",Ca=1,xy=16*1024*1024,iB=1024*1024*1024,Dp=64*1024,cB=4096,lB=256*1024*1024,Bp=Symbol("emlx.load");function uB(o){let e=o.reason;if(e instanceof Error||e&&typeof e=="object"&&"name"in e)return e;let t=new Error(e===void 0?"the load was aborted":String(e));return t.name="AbortError",t}var Ep=class{constructor(e){if(e.onProgress!==void 0&&typeof e.onProgress!="function")throw new Error("options.onProgress must be a function");let t=e.signal;if(t!=null&&(typeof t!="object"||typeof t.aborted!="boolean"))throw new Error("options.signal must be an AbortSignal");this.onProgress=e.onProgress??null,this.signal=t??null,this.cache=hy(e.cache),this.cacheStats=this.cache?my():null,this.files=[],this.loaded=0,this.finished=!1}check(){if(this.signal&&this.signal.aborted)throw uB(this.signal)}register(e){return e.io=this,this.files.push(e),e}total(){let e=0;for(let t of this.files){if(t.size===null||t.size===void 0)return null;e+=t.size}return e}add(e){this.loaded+=e,this.emit(!1)}emit(e){if(this.onProgress===null||this.finished&&!e)return;let t=this.total(),n=t===null?this.loaded:e?t:Math.min(this.loaded,t);e&&(this.finished=!0),this.onProgress({loaded:n,total:t})}};function ba(o){return/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(o)||/^(data|blob):/.test(o)}function Cy(o,e){if(e==null||ba(o)||o.startsWith("/"))return o;if(ba(e))return new URL(o,e).href;let t=Math.max(e.lastIndexOf("/"),e.lastIndexOf("\\"));return t>=0?e.slice(0,t+1)+o:o}function by(o){return Ft()&&(o.startsWith("file:")||!ba(o))}async function Fp(o){return import(o)}async function yy(o){if(!o.startsWith("file:"))return o;let{fileURLToPath:e}=await Fp("node:url");return e(o)}function wy(o,e){return new Error(`cannot fetch ${o}: HTTP ${e.status}${e.statusText?" "+e.statusText:""}`)}async function Iy(o,e={}){if(typeof e.readBytes=="function")return jt(await e.readBytes(o));let t=o instanceof URL?o.href:String(o);if(by(t)){let s=await Fp("node:fs/promises"),a=await yy(t);try{return new Uint8Array(await s.readFile(a))}catch(i){throw new Error(`cannot read ${a}: ${i.code||i.message}`)}}let n=e.fetch||globalThis.fetch;if(typeof n!="function")throw new Error(`cannot fetch ${t}: no fetch function available`);let r;try{r=await n(t)}catch(s){throw new Error(`cannot fetch ${t}: ${s.message}`)}if(r.ok===!1)throw wy(t,r);return new Uint8Array(await r.arrayBuffer())}async function Pp(o,e={}){return typeof e.readText=="function"?Dc(await e.readText(o),String(o)):mp(await Iy(o,e),String(o))}function ko(o,e,t,n){return new Error(`cannot read ${o}: asked for bytes ${e}-${t} (end exclusive), the file ends after ${n} of them`)}var Mn=class{constructor(e,t,n,r){this.loc=e,this.size=t,this.ranged=n,this.coalesceDefault=r,this.requests=0,this.bytesRead=0,this.io=null}delivered(e){this.bytesRead+=e,this.io&&this.io.add(e)}checkAbort(){this.io&&this.io.check()}async rest(e){if(e.byteLength===this.size)return e;let t=await this.read(e.byteLength,this.size),n=new Uint8Array(this.size);return n.set(e),n.set(t,e.byteLength),n}},So=class extends Mn{constructor(e,t){super(t??"bundle",e.byteLength,!1,0),this.bytes=e,this.anonymous=t==null}async probe(e){return this.bytes.subarray(0,Math.min(e,this.size))}async read(e,t){if(this.checkAbort(),t>this.size)throw ko(this.loc,e,t,Math.max(0,this.size-e));return this.requests++,this.delivered(t-e),this.bytes.slice(e,t)}async readAll(){return this.bytes}close(){this.bytes=null}},_p=class o extends Mn{static async open(e){let t=await Fp("node:fs/promises"),n=await yy(e),r;try{r=await t.open(n,"r")}catch(a){throw new Error(`cannot read ${n}: ${a.code||a.message}`)}let s;try{s=await r.stat()}catch(a){throw await r.close().catch(()=>{}),new Error(`cannot read ${n}: ${a.code||a.message}`)}if(!s.isFile())throw await r.close().catch(()=>{}),new Error(`cannot read ${n}: ${s.isDirectory()?"EISDIR":"not a regular file"}`);return new o(n,r,s.size)}constructor(e,t,n){super(e,n,!0,0),this.fh=t}async probe(e){return this.read(0,Math.min(e,this.size))}async read(e,t){if(this.fh===null)throw new Error(`cannot read ${this.loc}: the bundle source was closed`);if(this.checkAbort(),t>this.size)throw ko(this.loc,e,t,Math.max(0,this.size-e));let n=new Uint8Array(t-e);this.requests++;let r=0;for(;r<n.byteLength;){let s=Math.min(n.byteLength-r,lB),a;try{({bytesRead:a}=await this.fh.read(n,r,s,e+r))}catch(i){throw new Error(`cannot read ${this.loc}: ${i.code||i.message}`)}if(a===0)throw ko(this.loc,e,t,r);r+=a,this.delivered(a)}return n}async readAll(e){return e.byteLength===this.size?e:this.read(0,this.size)}close(){let e=this.fh;this.fh=null,e&&e.close().catch(()=>{})}};function pB(o){let e=/^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(o||"");return e?{start:Number(e[1]),end:Number(e[2])+1,total:e[3]==="*"?null:Number(e[3])}:null}function Aa(o,e){let t=o.headers;return t?typeof t.get=="function"?t.get(e):t[e]??t[e.toLowerCase()]??null:null}function xa(o){try{o.body&&typeof o.body.cancel=="function"&&o.body.cancel().catch(()=>{})}catch{}}var vp=class extends Mn{constructor(e,t,n){super(e,null,!0,xy),this.fetchFn=t,this.maxUnranged=n,this.memory=null}async request(e,t){return this.fetchOnce({headers:{Range:`bytes=${e}-${t-1}`}})}async fetchOnce(e){this.checkAbort();let t=this.fetchFn,n=this.io&&this.io.signal,r;try{r=await t(this.loc,n?{...e,signal:n}:e)}catch(s){throw this.checkAbort(),new Error(`cannot fetch ${this.loc}: ${s&&s.message?s.message:s}`)}if(this.requests++,!r||typeof r!="object")throw new Error(`cannot fetch ${this.loc}: fetch returned ${r===null?"null":typeof r}`);return r}tooLarge(e){return new Error(`cannot fetch ${this.loc}: the server ignored the Range request and sent the whole file (HTTP 200, ${e} bytes); bundles over ${this.maxUnranged} bytes must be served by a server that honours HTTP Range requests (206 Partial Content)`)}async body(e,t=1/0){let n=e.body&&typeof e.body.getReader=="function"?e.body:null,r=this.io!==null&&this.io.onProgress!==null;if(n===null||!r&&t===1/0){let l;try{l=await e.arrayBuffer()}catch(d){throw this.checkAbort(),new Error(`cannot fetch ${this.loc}: ${d&&d.message?d.message:d}`)}let p=new Uint8Array(l);if(p.byteLength>t)throw this.tooLarge(p.byteLength);return this.delivered(p.byteLength),p}let s=n.getReader(),a=[],i=0;for(;;){let l;try{l=await s.read()}catch(p){throw this.checkAbort(),new Error(`cannot fetch ${this.loc}: ${p&&p.message?p.message:p}`)}if(l.done)break;if(i+=l.value.byteLength,i>t)throw s.cancel().catch(()=>{}),this.tooLarge(`more than ${t}`);a.push(l.value),this.delivered(l.value.byteLength)}if(a.length===1)return a[0];let c=new Uint8Array(i),u=0;for(let l of a)c.set(l,u),u+=l.byteLength;return c}async whole(e){let t=Number(Aa(e,"content-length")??NaN);if(Number.isFinite(t)&&t>this.maxUnranged)throw xa(e),this.tooLarge(t);Number.isFinite(t)&&(this.size=t);let n=await this.body(e,this.maxUnranged);return this.memory=new So(n,this.loc),this.size=n.byteLength,this.ranged=!1,n}async partial(e,t,n){let r=pB(Aa(e,"content-range"));if(r===null||r.total===null)throw xa(e),new Error(`cannot fetch ${this.loc}: HTTP 206 without a Content-Range giving the file size (got ${JSON.stringify(Aa(e,"content-range"))})`);this.size===null&&(this.size=r.total);let s=Math.min(n,r.total);if(r.start!==t||r.end!==s)throw xa(e),new Error(`cannot fetch ${this.loc}: asked for bytes ${t}-${s-1}, the server sent ${r.start}-${r.end-1}`);let a=await this.body(e);if(a.byteLength!==s-t)throw new Error(`cannot fetch ${this.loc}: asked for bytes ${t}-${s-1} (${s-t} bytes), got ${a.byteLength}`);return a}async answer(e,t,n){let r=e.status??(e.ok===!1?0:200);if(r===206)return this.partial(e,t,n);if(r===200&&e.ok!==!1)return await this.whole(e),null;if(xa(e),r===416){let s=/\*\/(\d+)/.exec(Aa(e,"content-range")||"");if(t===0&&s&&Number(s[1])===0)return this.size=0,new Uint8Array(0);throw new Error(`cannot fetch ${this.loc}: bytes ${t}-${n-1} are not in the file (HTTP 416)`)}throw wy(this.loc,e)}async probe(e){if(this.memory)return this.memory.probe(e);let t=await this.answer(await this.request(0,e),0,e);return t===null?this.memory.probe(e):t}async read(e,t){if(this.memory)return this.memory.read(e,t);if(this.size!==null&&t>this.size)throw ko(this.loc,e,t,Math.max(0,this.size-e));if(t===e)return new Uint8Array(0);let n=await this.answer(await this.request(e,t),e,t);return n===null?this.memory.read(e,t):n}async readAll(e){return this.memory?this.memory.readAll():this.rest(e)}close(){this.memory=null}},$p=class extends Mn{constructor(e,t,n){super(e,null,!0,xy),this.readRange=t,this.fileSize=n}async call(e,t){this.checkAbort();let n;try{n=await this.readRange(this.loc,e,t)}catch(s){throw new Error(`cannot read ${this.loc}: ${String(s&&s.message?s.message:s).split(`
`)[0]}`)}try{n=jt(n)}catch(s){throw new Error(`readRange(${this.loc}, ${e}, ${t}) must return bytes: ${s.message}`)}if(this.requests++,n.byteLength>t-e)throw new Error(`readRange(${this.loc}, ${e}, ${t}) returned ${n.byteLength} bytes, more than the ${t-e} asked for`);let r=n.byteOffset===0&&n.byteLength===n.buffer.byteLength?n:n.slice();return this.delivered(r.byteLength),r}async probe(e){if(typeof this.fileSize=="function"){let r=Number(await this.fileSize(this.loc));if(!Number.isSafeInteger(r)||r<0)throw new Error(`fileSize(${this.loc}) must be a byte count, got ${r}`);this.size=r}let t=this.size===null?e:Math.min(e,this.size),n=await this.call(0,t);if(n.byteLength<t){if(this.size!==null)throw ko(this.loc,0,t,n.byteLength);this.size=n.byteLength}return n}async read(e,t){if(this.size!==null&&t>this.size)throw ko(this.loc,e,t,Math.max(0,this.size-e));let n=await this.call(e,t);if(n.byteLength!==t-e)throw ko(this.loc,e,t,n.byteLength);return n}async readAll(e){if(this.size!==null)return this.rest(e);let t=[e],n=e.byteLength;for(;;){let a=await this.call(n,n+Dp*16);if(a.byteLength===0)break;t.push(a),n+=a.byteLength}this.size=n;let r=new Uint8Array(n),s=0;for(let a of t)r.set(a,s),s+=a.byteLength;return r}close(){}};async function Rp(o,e){let t=e[Bp]??null,n=o instanceof URL?o.href:String(o),r=u=>t?t.register(u):u;if(t&&t.check(),typeof e.readRange=="function")return r(new $p(n,e.readRange,e.fileSize));if(typeof e.readBytes=="function")return r(new So(jt(await e.readBytes(n)),n));if(by(n))return r(await _p.open(n));let s=e.fetch||globalThis.fetch;if(typeof s!="function")throw new Error(`cannot fetch ${n}: no fetch function available`);let a=e.maxUnrangedBytes??iB,i=r(new vp(n,s,a)),c=!ba(n)&&typeof location<"u"&&location.href?new URL(n,location.href).href:n;if(t&&t.cache&&/^https?:/i.test(c)){let u=await Ay(c,t.cache,{stats:t.cacheStats,check:()=>t.check(),fetchOnce:(l,p)=>i.fetchOnce(p),download:(l,p)=>{let d=Number(Aa(l,"content-length")??NaN);return Number.isFinite(d)&&(i.size=d),i.body(l,p)},discard:xa,delivered:l=>i.delivered(l)},a);u!==null&&(i.memory=new So(u.bytes,n),i.size=u.bytes.byteLength,i.ranged=!1,t.emit(!1))}return i}var Np=class{constructor(e,t,n){this.file=e,this.parts=t.slice().sort((r,s)=>r.start-s.start||r.end-s.end),this.parts.forEach((r,s)=>{r.idx=s,r.reads=0}),this.coalesce=n,this.window=null}async read(e){let t=await this.fetch(e);return e.reads++,t}async fetch(e){let t=this.window;if(t&&e.start>=t.start&&e.end<=t.end){let r=t.bytes.slice(e.start-t.start,e.end-t.start);return t.pending.delete(e),t.pending.size===0&&(this.window=null),r}let n=this.file.ranged?this.coalesce:0;if(n>0&&e.end-e.start<n){let r=new Set([e]),s=e.end;for(let a=e.idx+1;a<this.parts.length;a++){let i=this.parts[a];if(i.start-s>cB||i.end-e.start>n||i.reads>e.reads)break;r.add(i),s=Math.max(s,i.end)}if(r.size>1){this.window=null;let a=await this.file.read(e.start,s);return this.file.ranged&&(r.delete(e),this.window={start:e.start,end:s,bytes:a,pending:r}),a.slice(0,e.end-e.start)}}return this.file.read(e.start,e.end)}drop(){this.window=null}};function Uc(o,e){if(e in o)try{return JSON.parse(o[e])}catch(t){throw new Error(`safetensors: __metadata__.${e} is not valid JSON (${t.message})`)}}function dB(o){return{format:o.format,version:o.version,config:Uc(o,"config"),tokenizer:Uc(o,"tokenizer"),training:Uc(o,"training"),source:Uc(o,"source"),weights_sha256:o.weights_sha256,bundle_sha256:o.bundle_sha256,generated_by:o.generated_by}}function ky(o,e){if(o.format!==Pt)throw new Error(`not an emlx bundle: format is ${JSON.stringify(o.format)}, expected "${Pt}"`);if(Number(o.version)!==Ca)throw new Error(`emlx bundle version ${JSON.stringify(o.version)} is not supported (expected ${Ca})`);if(o.config===void 0||o.config===null)throw new Error('emlx bundle has no "config" (ModelSpec)');let t=ha(o.config),n=Pc(t,e);if(n.length)throw new Error(`bundle weights do not match its config: ${n.join("; ")}`);let r=o.tokenizer===void 0?null:o.tokenizer;if(r!==null&&(typeof r!="object"||Array.isArray(r)))throw new Error(`bundle "tokenizer" must be an object or null, got ${typeof r}`);return{format:Pt,version:Ca,config:t,tokenizer:r,training:o.training??null,source:o.source??null,weights_sha256:o.weights_sha256??null,bundle_sha256:o.bundle_sha256??null,generated_by:o.generated_by??null}}var Eo=Symbol("emlx.storedIdentity");function Sy(o){return{config:o.config,tokenizer:o.tokenizer===void 0?null:o.tokenizer}}function fB(o){return o==null||typeof o=="string"&&/^[0-9a-f]{64}$/.test(o)?null:`bundle_sha256 is ${JSON.stringify(o).slice(0,80)}, expected 64 lowercase hex digits; the bundle is corrupt, re-export it`}function Op(o,e){return`bundle_sha256 ${o.slice(0,12)}… does not match its config and tokenizer (${e.slice(0,12)}…; the weights match weights_sha256): the config or the tokenizer was changed after export; re-export the bundle`}function Lp(o){return typeof o=="string"&&/^[0-9a-f]{64}$/.test(o)?null:`bundle has no valid weights_sha256 (found ${JSON.stringify(o)}); re-export it with \`emlx export\`, or pass {verifyHash: false} to load it unverified`}function Mp(o,e){return`bundle weights_sha256 ${o.slice(0,12)}… does not match its weights (${e.slice(0,12)}…): the file was modified or is corrupt; re-export it`}function hB(o,e){if(e===null||typeof e!="object")throw new Error(`tensor "${o}": expected {dtype, shape, data}, got ${e===null?"null":typeof e}`);if(Tc(e.shape,`tensor "${o}"`),e.dtype==="float32"){let t=wo(e.data,`tensor "${o}" data`);return On(o,"float32",e.shape,t),{dtype:"float32",shape:e.shape.slice(),byteLength:t}}if(e.dtype==="int8"){if(typeof e.scale!="string")throw new Error(`tensor "${o}": int8 tensor without a "scale" (base64 float32, one per row)`);let t=wo(e.data,`tensor "${o}" data`),n=wo(e.scale,`tensor "${o}" scale`);return On(o,"int8",e.shape,t,n),{dtype:"int8",shape:e.shape.slice(),byteLength:t,scaleByteLength:n}}if(e.dtype==="q4"){if(typeof e.scale!="string")throw new Error(`tensor "${o}": q4 tensor without a "scale" (base64, one per group)`);let t=dp(o,e.group_size,e.scale_dtype,e.offset!==void 0),n=wo(e.data,`tensor "${o}" data`),r=wo(e.scale,`tensor "${o}" scale`),s=e.offset===void 0?void 0:wo(e.offset,`tensor "${o}" offset`);On(o,"q4",e.shape,n,r,t,s);let a={dtype:"q4",shape:e.shape.slice(),byteLength:n,scaleByteLength:r,q4:t};return s!==void 0&&(a.offsetByteLength=s),a}throw new Error(`tensor "${o}": unsupported dtype ${JSON.stringify(e.dtype)} (expected "float32", "int8" or "q4")`)}function mB(o,e){if(o===null||typeof o!="object"||Array.isArray(o))throw new Error("bundle JSON must be an object");if(o.weights===null||typeof o.weights!="object"||Array.isArray(o.weights))throw o.format!==Pt?new Error(`not an emlx bundle: format is ${JSON.stringify(o.format)}, expected "${Pt}"`):new Error('emlx bundle has no "weights" object');if(o.format!==Pt)throw new Error(`not an emlx bundle: format is ${JSON.stringify(o.format)}, expected "${Pt}"`);let t=o.weights,n={};for(let s of Object.keys(t).sort())n[s]=hB(s,t[s]);return{header:ky(o,Ey(n)),identity:Sy(o),container:"json",files:e,tensors:n,async raw(s){if(t===null)throw new Error("bundle source is closed");let a=t[s],i=yo(a.data,`tensor "${s}" data`),c=n[s].dtype!=="float32"?yo(a.scale,`tensor "${s}" scale`):void 0,u=n[s].offsetByteLength!==void 0?yo(a.offset,`tensor "${s}" offset`):void 0;return{bytes:i,scaleBytes:c,offsetBytes:u}},stats:()=>({requests:0,bytesRead:0}),close(){t=null}}}function Ey(o){let e={};for(let[t,n]of Object.entries(o))e[t]=n.shape;return e}async function _y(o,e){let t=fp(e,o.size),n=e;if(8+t>e.byteLength){let s=await o.read(e.byteLength,8+t);n=new Uint8Array(8+t),n.set(e),n.set(s,e.byteLength)}let r=Mb(n,o.size);if(o.size===null&&r.dataEnd>0){let s=r.dataStart+r.dataEnd;try{await o.read(s-1,s)}catch{throw new Error(`safetensors: ${o.loc}: tensor data_offsets reach byte ${r.dataEnd} of the data section, past the end of the file`)}}return r}function vy(o,e){if(o.byteLength<10)return!1;let t=new DataView(o.buffer,o.byteOffset,o.byteLength),n=t.getUint32(4,!0)*2**32+t.getUint32(0,!0);return n>=2&&(e===null||8+n<=e)&&o[8]===123}function $y(o,e,t,n,r){let s={},a=new Map,i={};for(let[d,f]of Object.entries(o)){let h={dtype:f.dtype,shape:f.shape.slice(),byteLength:f.data.end-f.data.begin};f.scale&&(h.scaleByteLength=f.scale.end-f.scale.begin),f.offset&&(h.offsetByteLength=f.offset.end-f.offset.begin),f.q4&&(h.q4=f.q4),s[d]=h;let m=A=>{let g={start:A.dataStart+A.begin,end:A.dataStart+A.end,file:A.file};return a.has(A.file)||a.set(A.file,[]),a.get(A.file).push(g),g};i[d]={data:m(f.data),scale:f.scale?m(f.scale):void 0,offset:f.offset?m(f.offset):void 0}}let c=new Map;for(let[d,f]of a)c.set(d,new Np(d,f,r.coalesceBytes??d.coalesceDefault??0));let u=dB(e),l=ky(u,Ey(s)),p=!1;return{header:l,identity:Sy(u),container:"safetensors",files:n,tensors:s,async raw(d){if(p)throw new Error("bundle source is closed");let f=i[d],h=await c.get(f.data.file).read(f.data),m=f.scale?await c.get(f.scale.file).read(f.scale):void 0,A=f.offset?await c.get(f.offset.file).read(f.offset):void 0;return{bytes:h,scaleBytes:m,offsetBytes:A}},stats(){let d=0,f=0;for(let h of t)d+=h.requests,f+=h.bytesRead;return{requests:d,bytesRead:f}},close(){p=!0;for(let d of c.values())d.drop();for(let d of t)d.close()}}}function gB(o,e,t){let n={};for(let[r,s]of Object.entries(o))n[r]={...s,file:e,dataStart:t};return n}async function AB(o,e,t){let n=await _y(o,e);if(n.metadata.format===void 0)throw new Error("safetensors file has no __metadata__.format: not an emlx bundle");let r=hp(gB(n.tensors,o,n.dataStart));return $y(r,n.metadata,[o],o.anonymous?[]:[o.loc],t)}async function xB(o,e,t,n){if(n==null)throw new Error(`${t}: a sharded index must be loaded from a path or URL (shards are relative to it)`);let r=o.weight_map;for(let[u,l]of Object.entries(r))if(typeof l!="string"||l==="")throw new Error(`${t}: weight_map["${u}"] must name a shard file, got ${JSON.stringify(l)}`);let s=[...new Set(Object.values(r))].sort(),a=o.metadata&&typeof o.metadata=="object"&&!Array.isArray(o.metadata)?{...o.metadata}:{};for(let[u,l]of Object.entries(a))if(typeof l=="string"&&l.length>33554432/3&&new TextEncoder().encode(l).length>33554432)throw new Error(`${t}: index metadata.${u} is over the ${33554432} bytes a metadata string may hold`);let i=[],c={};try{for(let p of s){if(ba(p)||p.startsWith("/")||p.startsWith("\\")||/^[a-zA-Z]:/.test(p)||p.split(/[\\/]/).includes(".."))throw new Error(`${t}: shard ${JSON.stringify(p)} points outside the index's folder`);let d=Cy(p,n),f=await Rp(d,e);i.push(f);let h=await f.probe(Dp);if(!vy(h,f.size))throw new Error(`${t}: shard ${p} is not a safetensors file (${f.size??"more than "+h.byteLength} bytes)`);let m;try{m=await _y(f,h)}catch(A){throw new Error(`${t}: shard ${p}: ${A.message}`)}for(let A of["weights_sha256","bundle_sha256"]){let g=a[A],x=m.metadata[A];if(g!==void 0&&x!==void 0&&String(x)!==String(g))throw new Error(`${t}: shard ${p} belongs to another export (its ${A} ${String(x).slice(0,12)}… differs from ${String(g).slice(0,12)}…)`)}for(let[A,g]of Object.entries(m.metadata))A in a||(a[A]=g);for(let[A,g]of Object.entries(m.tensors)){if(A in c)throw new Error(`${t}: tensor "${A}" appears in more than one shard`);c[A]={...g,file:f,dataStart:m.dataStart}}}for(let[p,d]of Object.entries(r))if(!(p in c))throw new Error(`${t}: tensor "${p}" is listed for shard ${d} but is not in it`);if(a.format===void 0)throw new Error(`${t}: sharded index has no metadata.format: not an emlx bundle`);a=Object.fromEntries(Object.entries(a).map(([p,d])=>[p,typeof d=="string"?d:JSON.stringify(d)]));let u=hp(c),l=typeof n=="string"?[n,...i.map(p=>p.loc)]:i.map(p=>p.loc);return $y(u,a,i,l,e)}catch(u){for(let l of i)l.close();throw u}}function CB(o){let e={};for(let r of Object.keys(o.weights).sort()){let s=o.weights[r];if(!s||!s.stored||!(s.stored.bytes instanceof Uint8Array)||!Array.isArray(s.shape)||typeof s.dtype!="string")throw new Error(`openBundle: tensor "${r}" of the loaded bundle has no {dtype, shape, stored: {bytes}} (pass what loadBundle returned)`);let a={dtype:s.dtype,shape:s.shape.slice(),byteLength:s.stored.bytes.byteLength};s.stored.scaleBytes&&(a.scaleByteLength=s.stored.scaleBytes.byteLength),s.stored.offsetBytes&&(a.offsetByteLength=s.stored.offsetBytes.byteLength),s.stored.q4&&(a.q4=s.stored.q4),e[r]=a}let t={};for(let r of["format","version","config","tokenizer","training","source","weights_sha256","generated_by"])t[r]=o[r]??null;t.bundle_sha256=o[Eo]?o.bundle_sha256??null:null;let n=o.weights;return{header:t,identity:o[Eo]??null,priorIntegrity:o.integrity??(o.verified===!0?"bundle":"weights"),container:o.container,files:[],tensors:e,async raw(r){if(n===null)throw new Error("bundle source is closed");let s=n[r].stored;return{bytes:s.bytes.slice(),scaleBytes:s.scaleBytes?s.scaleBytes.slice():void 0,offsetBytes:s.offsetBytes?s.offsetBytes.slice():void 0}},stats:()=>({requests:0,bytesRead:0}),close(){n=null}}}async function Vc(o,e,t,n){try{let r=await o.probe(Dp);if(Ub(r)===123){let s=await o.readAll(r);o.close();let a=await Tp(mp(s,t),e,t,n,o.anonymous?[]:[o.loc]),i=a.stats;return a.stats=()=>{let c=i();return{requests:c.requests+o.requests,bytesRead:c.bytesRead+o.bytesRead}},a}if(!vy(r,o.size)){let s=Array.from(r.subarray(0,8),a=>a.toString(16).padStart(2,"0")).join(" ");throw new Error(`${t}: not an emlx bundle (neither JSON starting with "{" nor a safetensors file): ${o.size??"more than "+r.byteLength} bytes starting with ${s||"nothing"}; load the .json or .safetensors file written by \`emlx export\``)}return await AB(o,r,e)}catch(r){throw o.close(),r}}async function Tp(o,e,t,n,r){return o&&typeof o=="object"&&o.weight_map&&typeof o.weight_map=="object"?xB(o,e,t,n):mB(o,r)}async function bB(o,e,t){if(o==null)throw new Error(`${t}: no source given`);let n=e.baseLocation,r=e[Bp]??null,s=a=>r?r.register(a):a;if(Qb(o))return Vc(s(new So(jt(o),null)),e,"bundle",n);if(typeof o=="string")return o.trimStart().startsWith("{")?Tp(Dc(o,"bundle"),e,"bundle",n,[]):Vc(await Rp(o,e),e,o,n??o);if(typeof URL<"u"&&o instanceof URL)return Vc(await Rp(o.href,e),e,o.href,n??o.href);if(typeof o=="object"&&typeof o.arrayBuffer=="function"&&!("weights"in o)){if(o.ok===!1)throw new Error(`${t}: response is HTTP ${o.status}`);return Vc(s(new So(new Uint8Array(await o.arrayBuffer()),null)),e,"bundle",n)}if(typeof o=="object"&&o.container&&o.config&&o.weights)return CB(o);if(typeof o=="object")return Tp(o,e,"bundle",n,[]);throw new Error(`${t}: unsupported source of type ${typeof o}`)}async function zc(o,e={}){return Qp(o,e,"openBundle")}async function Qp(o,e,t){let n=new Ep(e);e={...e,[Bp]:n},n.check();let r=await bB(o,e,t);try{return await yB(r,e,n)}catch(s){throw r.close(),s}}async function yB(o,e,t){let n=Object.keys(o.tensors).sort(),r={},s=0,a=0;for(let x of n){let b=o.tensors[x];r[x]=Qc(x,b.dtype,b.shape,b.q4);let y=b.byteLength+(b.scaleByteLength??0)+(b.offsetByteLength??0);s+=y,a+=r[x].byteLength+y}let i=e.verifyHash!==!1,c=i?await Io({totalBytes:a,engine:e.hashEngine}):null,u=0,l=0,p=null,d=!1,f=Promise.resolve(),h=x=>{let b=f.then(x);return f=b.catch(()=>{}),b},m=(x,b)=>{c.update(r[x]),b.scaleBytes&&c.update(b.scaleBytes),b.offsetBytes&&c.update(b.offsetBytes),c.update(b.bytes),u++},A={};for(let x of n)A[x]=Object.freeze({...o.tensors[x],shape:Object.freeze(o.tensors[x].shape.slice())});return{...o.header,container:o.container,files:o.files.slice(),totalBytes:s,tensors:Object.freeze(A),names:Object.freeze(n.slice()),hashEngine:c?c.engine:null,[Eo]:o.identity,read(x){return h(async()=>{if(d)throw new Error("bundle source is closed");if(t.check(),!Object.prototype.hasOwnProperty.call(o.tensors,x))throw new Error(`no tensor ${JSON.stringify(x)} in this bundle (it has ${n.length}: ${n.slice(0,3).join(", ")}${n.length>3?", ...":""})`);let b=o.tensors[x],y=await o.raw(x),I=Ob(x,b.dtype,b.shape,y.bytes,y.scaleBytes,{q4:b.q4,offsetBytes:y.offsetBytes});return c&&p===null&&n[u]===x&&m(x,y),I})},verify(){return i?h(async()=>{if(p&&p.ok)return;if(p)throw new Error(p.error);let x=Lp(o.header.weights_sha256);if(x)throw new Error(x);if(c===null)throw new Error("bundle source is closed before every tensor was hashed: verify() before close()");for(;u<n.length;){let k=n[u];m(k,await o.raw(k)),l++}let b=await c.hex();if(c=null,b!==o.header.weights_sha256)throw p={error:Mp(o.header.weights_sha256,b)},new Error(p.error);let y=o.header.bundle_sha256,I="weights";if(y!=null&&o.identity){let k=fB(y);if(k)throw p={error:k},new Error(p.error);let E;try{E=await ga({...o.identity,weights_sha256:b})}catch(_){throw p={error:`bundle_sha256 cannot be computed over its config and tokenizer (${_.message})`},new Error(p.error)}if(E!==y)throw p={error:Op(y,E)},new Error(p.error);I="bundle"}else o.identity===null&&(I=o.priorIntegrity??"weights");p={ok:!0,integrity:I},t.emit(!0)}):(t.emit(!0),Promise.resolve())},get verified(){return p!==null&&p.ok===!0&&p.integrity==="bundle"},get integrity(){return p!==null&&p.ok===!0?p.integrity:null},stats(){let x={...o.stats(),verifyRereads:l};return t.cacheStats&&(x.cache={...t.cacheStats}),x},close(){d||(d=!0,u<n.length&&(c=null),o.close())}}}async function Up(o,e={}){if(o!==null&&typeof o=="object"&&o.container&&o.config&&o.weights)return e.verifyHash!==!1&&o.verified!==!0&&await wB(o),o;let t=await Qp(o,e,"loadBundle");try{let n={};for(let s of t.names)n[s]=Lb(await t.read(s));await t.verify();let r={format:t.format,version:t.version,config:t.config,tokenizer:t.tokenizer,weights:n,training:t.training,source:t.source,weights_sha256:t.weights_sha256,bundle_sha256:t.bundle_sha256,generated_by:t.generated_by,container:t.container,files:t.files};return r.verified=t.verified,r.integrity=t.integrity,Object.defineProperty(r,Eo,{value:t[Eo]??null}),r}finally{t.close()}}async function wB(o){let e=o.weights_sha256,t=Lp(e);if(t)throw new Error(t);let n=await Ry(o);if(n!==e)throw new Error(Mp(e,n));let r=o[Eo];if(o.bundle_sha256&&r){let s=await ga({...r,weights_sha256:n});if(s!==o.bundle_sha256)throw new Error(Op(o.bundle_sha256,s));o.verified=!0,o.integrity="bundle"}else o.integrity="weights";return o}async function Ry(o){let e=Object.keys(o.weights).sort(),t=e.map(s=>{let a=o.weights[s];return Qc(s,a.dtype,a.shape,a.stored.q4)}),n=0;e.forEach((s,a)=>{let i=o.weights[s].stored;n+=t[a].byteLength+i.bytes.byteLength+(i.scaleBytes?i.scaleBytes.byteLength:0)+(i.offsetBytes?i.offsetBytes.byteLength:0)});let r=await Io({totalBytes:n});return e.forEach((s,a)=>{let i=o.weights[s].stored;r.update(t[a]),i.scaleBytes&&r.update(i.scaleBytes),i.offsetBytes&&r.update(i.offsetBytes),r.update(i.bytes)}),r.hex()}var Vp=Object.freeze(["cpu","wasm","webgl","webgpu"]),ya=null,Ny=null,Ty=null;async function IB(){let o=null;if(typeof import.meta.resolve=="function")try{o=import.meta.resolve("@tensorflow/tfjs-backend-wasm")}catch{o=null}let e="node:url",t="node:path",{fileURLToPath:n}=await import(e),r=await import(t),s;if(o)s=n(o);else{let a="node:module",{createRequire:i}=await import(a);s=i(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm")}return r.dirname(s)+r.sep}async function wa(o="cpu",e={}){if(!Vp.includes(o))throw new Error(`unknown backend ${JSON.stringify(o)} (expected one of ${Vp.join(", ")})`);if(o==="wasm"){if(!ya){let n="@tensorflow/tfjs-backend-wasm";ya=await import("./emlx-dist-HLOXIW4N.js")}let t=e.wasmPaths??(Ft()?await IB():null);t&&Ty===null&&(ya.setWasmPaths(t),Ty=t),e.wasmThreads&&typeof ya.setThreadsCount=="function"&&ya.setThreadsCount(e.wasmThreads)}if(o==="webgpu"){if(typeof navigator>"u"||!navigator.gpu)throw new Error(`TF.js backend "webgpu" failed to initialise: ${Ft()?"WebGPU is not available in Node":"navigator.gpu is missing (WebGPU needs a secure context and a browser with WebGPU enabled)"}`);if(!Ny){let t="@tensorflow/tfjs-backend-webgpu";try{Ny=await import("./emlx-dist-34N25OS7.js")}catch(n){throw new Error(`TF.js backend "webgpu" failed to initialise: cannot import ${t} (${n.message})`)}}}if(o==="webgl"&&(R().set("WEBGL_USE_SHAPES_UNIFORMS",!0),R().set("WEBGL_FORCE_F16_TEXTURES",!1)),ot()!==o||!ou(o)){let t;try{t=await eu(o)}catch(n){throw new Error(`TF.js backend "${o}" failed to initialise: ${n.message}`)}if(!t)throw new Error(`TF.js backend "${o}" failed to initialise${o==="webgl"&&Ft()?" (WebGL is not available in Node)":""}`)}if(await tu(),ot()!==o)throw new Error(`TF.js backend "${o}" was requested but "${ot()}" is in use`);return Wc()}function Wc(){let o=ot(),e={backend:o,tfjs_version:mu};try{if(o==="wasm")e.wasm_simd=R().getBool("WASM_HAS_SIMD_SUPPORT"),e.wasm_threads=R().getBool("WASM_HAS_MULTITHREAD_SUPPORT");else if(o==="webgl")e.webgl_version=R().getNumber("WEBGL_VERSION"),e.webgl_f32=R().getBool("WEBGL_RENDER_FLOAT32_ENABLED"),e.webgl_force_f16=R().getBool("WEBGL_FORCE_F16_TEXTURES");else if(o==="webgpu"){e.webgpu_cpu_forward=R().getBool("WEBGPU_CPU_FORWARD");let t=nu().adapterInfo;t&&(e.webgpu_adapter={vendor:t.vendor??null,architecture:t.architecture??null})}}catch{}return e}var Dy="AGFzbQEAAAAB+QEcYAR7e3t7AXtgAXsBfWACf38Be2ADf31/AGAFf3t/f38AYAJ/fwF/YAp/f39/f39/f39/AGANf39/f39/f39/f39/fwBgBn9/f39/fwBgBX9/f39/AGAFf3t7f38AYAh/f39/f39/fwBgB39/f39/f38AYAd/f39/f397AXtgC39/f39/f39/f397AGABfwF/YAh/f39/f39/ewBgAXsBe2ADf39/AGAGf39/f319AGAMf39/f39/f39/f399AGAEf39/fwBgCX9/f39/f39/fwBgAnt7AXtgBH9/f30AYAl/f39/f399fX8AYAJ7ewJ7e2ADe3t7AXsCEgEDZW52Bm1lbW9yeQIBAYCABAM9PAABAQIDBAUGBwgJCQoLDAwNDgwMCQIJDxAMCwwREhMUFRMWFxgZFQgaGxEREREXGxESEhISEhUVFRUVFQYkBn8AQYAEC38AQYAEC38AQYABC38AQYAEC38AQYABC38AQSALB9sCHQptYXRtdWxfZjMyAA8JbWF0bXVsX2k4ABMKZGVxdWFudF9pOAAUB3F1YW50X3gAFhFxdWFudF94X3Jvd19ieXRlcwAXCm1hdG11bF9pOHgAGQptYXRtdWxfcTR4ABoLZGVxdWFudF9xNHgAGwdleHBfZjMyAB0Mcm1zbm9ybV9yb3dzAB4JYXR0ZW50aW9uAB8IYWRkX3Jvd3MAIAhtaXhfcm93cwAhCXJvcGVfcm93cwAiB3NvZnRjYXAAJAlub3JtX3Jvd3MAJQliaWFzX3Jvd3MAJgljb3B5X3Jvd3MAJwRyZWx1ADEFcmVsdTIAMgRzaWx1ADMJZ2VsdV90YW5oADQIZ2VsdV9lcmYANQhyZWx1X211bAA2CXJlbHUyX211bAA3CHNpbHVfbXVsADgNZ2VsdV90YW5oX211bAA5DGdlbHVfZXJmX211bAA6CG11bF9yb3dzADsK9ns8lQEBAnsgACAB/Q0AAQIDBAUGBxAREhMUFRYXIAAgAf0NCAkKCwwNDg8YGRobHB0eH/3kASEEIAIgA/0NAAECAwQFBgcQERITFBUWFyACIAP9DQgJCgsMDQ4PGBkaGxwdHh/95AEhBSAEIAX9DQABAgMICQoLEBESExgZGhsgBCAF/Q0EBQYHDA0ODxQVFhccHR4f/eQBCyoAIAAgACAA/Q0ICQoLDA0ODwgJCgsMDQ4P/eQBIQAgAP0fACAA/R8BkgsqACAAIAAgAP0NCAkKCwwNDg8ICQoLDA0OD/3pASEAIAD9HwAgAP0fAZcLLQAgAUEBRgR7IAD9XAIABSABQQJGBHsgAP1dAgAFIAAgAP1dAgD9VgIIAgsLCxgAIAIEQCABIAAqAgCSIQELIAAgATgCAAvEAQAgAkEERiAEQQRGcQRAIAMEQCABIAD9AAIA/eQBIQELIAAgAf0LAgAPCyACQQRGIANFcQRAIAAgAf1aAgAAIAAgBGohACAAIAH9WgIAASAAIARqIQAgACAB/VoCAAIgACAEaiEAIAAgAf1aAgADDwsgACAB/R8AIAMQBCACQQFLBEAgACAEaiAB/R8BIAMQBAsgAkECSwRAIAAgBEEBdGogAf0fAiADEAQLIAJBA0sEQCAAIARBA2xqIAH9HwMgAxAECwsMACAAIAEgACABSRsL4AUCCnsCfyAAIAZBcHFBAnRqIRQCQANAIAAgFE8NASAA/QACACEQIAD9AAIQIREgAP0AAiAhEiAA/QACMCETIAwgECAB/QACAP3mASARIAH9AAIQ/eYB/eQBIBIgAf0AAiD95gEgEyAB/QACMP3mAf3kAf3kAf3kASEMIA0gECAC/QACAP3mASARIAL9AAIQ/eYB/eQBIBIgAv0AAiD95gEgEyAC/QACMP3mAf3kAf3kAf3kASENIA4gECAD/QACAP3mASARIAP9AAIQ/eYB/eQBIBIgA/0AAiD95gEgEyAD/QACMP3mAf3kAf3kAf3kASEOIA8gECAE/QACAP3mASARIAT9AAIQ/eYB/eQBIBIgBP0AAiD95gEgEyAE/QACMP3mAf3kAf3kAf3kASEPIABBwABqIQAgAUHAAGohASACQcAAaiECIANBwABqIQMgBEHAAGohBAwACwsgACAGQQxxQQJ0aiEUAkADQCAAIBRPDQEgAP0AAgAhECAMIBAgAf0AAgD95gH95AEhDCANIBAgAv0AAgD95gH95AEhDSAOIBAgA/0AAgD95gH95AEhDiAPIBAgBP0AAgD95gH95AEhDyAAQRBqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEEDAALCyAGQQNxIRUgFQRAIAAgFRADIRAgDCAQIAEgFRAD/eYB/eQBIQwgDSAQIAIgFRAD/eYB/eQBIQ0gDiAQIAMgFRAD/eYB/eQBIQ4gDyAQIAQgFRAD/eYB/eQBIQ8LIAwgDf0NAAECAwQFBgcQERITFBUWFyAMIA39DQgJCgsMDQ4PGBkaGxwdHh/95AEhCiAOIA/9DQABAgMEBQYHEBESExQVFhcgDiAP/Q0ICQoLDA0ODxgZGhscHR4f/eQBIQsgBSAKIAv9DQABAgMICQoLEBESExgZGhsgCiAL/Q0EBQYHDA0ODxQVFhccHR4f/eQBIAggByAJEAULuAcDCH8NewJ/A0AgACENIAAgC2ohDiABIQ8gAiEQIAMhESAEIRIgBSETIAUgDGohFP0MAAAAAAAAAAAAAAAAAAAAACEX/QwAAAAAAAAAAAAAAAAAAAAAIRj9DAAAAAAAAAAAAAAAAAAAAAAhGf0MAAAAAAAAAAAAAAAAAAAAACEa/QwAAAAAAAAAAAAAAAAAAAAAIRv9DAAAAAAAAAAAAAAAAAAAAAAhHP0MAAAAAAAAAAAAAAAAAAAAACEd/QwAAAAAAAAAAAAAAAAAAAAAIR4gDSAGQXxxQQJ0aiEiAkADQCANICJPDQEgDf0AAgAhHyAO/QACACEgIA/9AAIAISEgFyAfICH95gH95AEhFyAbICAgIf3mAf3kASEbIBD9AAIAISEgGCAfICH95gH95AEhGCAcICAgIf3mAf3kASEcIBH9AAIAISEgGSAfICH95gH95AEhGSAdICAgIf3mAf3kASEdIBL9AAIAISEgGiAfICH95gH95AEhGiAeICAgIf3mAf3kASEeIA1BEGohDSAOQRBqIQ4gD0EQaiEPIBBBEGohECARQRBqIREgEkEQaiESDAALCyAGQQNxISMgIwRAIA0gIxADIR8gDiAjEAMhICAPICMQAyEhIBcgHyAh/eYB/eQBIRcgGyAgICH95gH95AEhGyAQICMQAyEhIBggHyAh/eYB/eQBIRggHCAgICH95gH95AEhHCARICMQAyEhIBkgHyAh/eYB/eQBIRkgHSAgICH95gH95AEhHSASICMQAyEhIBogHyAh/eYB/eQBIRogHiAgICH95gH95AEhHgsgFyAY/Q0AAQIDBAUGBxAREhMUFRYXIBcgGP0NCAkKCwwNDg8YGRobHB0eH/3kASEVIBkgGv0NAAECAwQFBgcQERITFBUWFyAZIBr9DQgJCgsMDQ4PGBkaGxwdHh/95AEhFiATIBUgFv0NAAECAwgJCgsQERITGBkaGyAVIBb9DQQFBgcMDQ4PFBUWFxwdHh/95AEgCCAHIAkQBSAbIBz9DQABAgMEBQYHEBESExQVFhcgGyAc/Q0ICQoLDA0ODxgZGhscHR4f/eQBIRUgHSAe/Q0AAQIDBAUGBxAREhMUFRYXIB0gHv0NCAkKCwwNDg8YGRobHB0eH/3kASEWIBQgFSAW/Q0AAQIDCAkKCxAREhMYGRobIBUgFv0NBAUGBwwNDg8UFRYXHB0eH/3kASAIIAcgCRAFIAAgC0EBdGohACAFIAxBAXRqIQUgCkEBayEKIAoNAAsLjgIBDX8gBEECdCEGIAVBAnQhByAFQQNqQQJ2IQggCCAGbCEJA0BBASAKIAhqIAVJIAogCEEBdGogBUkgCiAIQQNsaiAFSWpqaiELIAEgCiAGbGohDSANIAlqIA0gC0EBSxshDiANIAlBAXRqIA0gC0ECSxshDyANIAlBA2xqIA0gC0EDSxshEEEAIQwgACERIAIgCkECdGohEiADQQJPBEAgESANIA4gDyAQIBIgBEEAIAsgCEECdCADQQF2IAYgBxAIIANBfnEhDCARIAwgBmxqIREgEiAMIAdsaiESCyAMIANJBEAgESANIA4gDyAQIBIgBEEAIAsgCEECdBAHCyAKQQFqIQogCiAISQ0ACwuqBAIJfwh7IAJBfHEhCwNAIAAgBSABbGohBiAGIAFqIQcgByABaiEIIAggAWohCSAEIAVBAnRqIQxBACEKIAMgBWtBACADIAVLGyENIA1BBE8EQAJAA0AgCiALTw0BIAb9AAIAIQ4gB/0AAgAhDyAI/QACACEQIAn9AAIAIREgDiAP/Q0AAQIDEBESEwQFBgcUFRYXIRIgECAR/Q0AAQIDEBESEwQFBgcUFRYXIRMgDiAP/Q0ICQoLGBkaGwwNDg8cHR4fIRQgECAR/Q0ICQoLGBkaGwwNDg8cHR4fIRUgDCASIBP9DQABAgMEBQYHEBESExQVFhf9CwIAIAwgEiAT/Q0ICQoLDA0ODxgZGhscHR4f/QsCICAMIBQgFf0NAAECAwQFBgcQERITFBUWF/0LAkAgDCAUIBX9DQgJCgsMDQ4PGBkaGxwdHh/9CwJgIAZBEGohBiAHQRBqIQcgCEEQaiEIIAlBEGohCSAMQYABaiEMIApBBGohCgwACwsLAkADQCAKIAJPDQH9DAAAAAAAAAAAAAAAAAAAAAAhDiANBEAgBv1cAgAhDgsgDUEBSwRAIA4gByoCAP0gASEOCyANQQJLBEAgDiAIKgIA/SACIQ4LIA1BA0sEQCAOIAkqAgD9IAMhDgsgDCAO/QsCACAGQQRqIQYgB0EEaiEHIAhBBGohCCAJQQRqIQkgDEEgaiEMIApBAWohCgwACwsgBUEEaiEFIAVBCEkNAAsL3QMCBn8IeyAAIQUgBSABaiEGIAYgAWohByAHIAFqIQggA0EERgRAIAJBfHEhCgJAA0AgCSAKTw0BIAX9AAIAIQsgBv0AAgAhDCAH/QACACENIAj9AAIAIQ4gCyAM/Q0AAQIDEBESEwQFBgcUFRYXIQ8gDSAO/Q0AAQIDEBESEwQFBgcUFRYXIRAgCyAM/Q0ICQoLGBkaGwwNDg8cHR4fIREgDSAO/Q0ICQoLGBkaGwwNDg8cHR4fIRIgBCAPIBD9DQABAgMEBQYHEBESExQVFhf9CwIAIAQgDyAQ/Q0ICQoLDA0ODxgZGhscHR4f/QsCECAEIBEgEv0NAAECAwQFBgcQERITFBUWF/0LAiAgBCARIBL9DQgJCgsMDQ4PGBkaGxwdHh/9CwIwIAVBEGohBSAGQRBqIQYgB0EQaiEHIAhBEGohCCAEQcAAaiEEIAlBBGohCQwACwsLAkADQCAJIAJPDQEgBf1cAgAhCyADQQFLBEAgCyAGKgIA/SABIQsLIANBAksEQCALIAcqAgD9IAIhCwsgA0EDSwRAIAsgCCoCAP0gAyELCyAEIAv9CwIAIAVBBGohBSAGQQRqIQYgB0EEaiEHIAhBBGohCCAEQRBqIQQgCUEBaiEJDAALCwtkACADQQhGBEAgBARAIAEgAP0AAgD95AEhASACIAD9AAIQ/eQBIQILIAAgAf0LAgAgACAC/QsCEA8LIAAgASADQQQQBiAEQQQQBSADQQRLBEAgAEEQaiACIANBBGsgBEEEEAULC6cCAgF/C3sgASAEQQV0aiEIIAEgCEkEQANAIAH9AAIAIREgAf0AAhAhEiAA/QkCACETIAkgEyAR/eYB/eQBIQkgCiATIBL95gH95AEhCiAA/QkCBCETIAsgEyAR/eYB/eQBIQsgDCATIBL95gH95AEhDCAA/QkCCCETIA0gEyAR/eYB/eQBIQ0gDiATIBL95gH95AEhDiAA/QkCDCETIA8gEyAR/eYB/eQBIQ8gECATIBL95gH95AEhECABQSBqIQEgAEEQaiEAIAEgCEkNAAsLIAIgCSAKIAYgBxAMIAVBAUsEQCACIANqIAsgDCAGIAcQDAsgBUECSwRAIAIgA0EBdGogDSAOIAYgBxAMCyAFQQNLBEAgAiADQQNsaiAPIBAgBiAHEAwLC7ACAQ5/IARBAnQhByAFQQJ0IQggBkEPakFwcSEQIBAjA0EFdGohESAEIwMQBiEJA0AgCSAEIAprEAYhCyAKQQBHIQxBACESA0AgEiMEaiADEAYhEyASIQ8gESEUA0AgACAPIAdsIApBAnRqaiAHIAsgEyAPa0EEEAYgFBALIBQgC0EEdGohFCAPQQRqIQ8gDyATSQ0AC0EAIQ0DQCAFIA1rQQgQBiEOIAEgDSAHbCAKQQJ0amogByALIA4gEBAKIBIhDyARIRQDQCAUIBAgAiAPIAhsIA1BAnRqaiAIIAsgEyAPa0EEEAYgDiAMEA0gFCALQQR0aiEUIA9BBGohDyAPIBNJDQALIA1BCGohDSANIAVJDQALIBMhEiASIANJDQALIAogCWohCiAKIARJDQALC44DARF/IANFIAVFcgRADwsgA0EETQRAIAAgASACIAMgBCAFEAkPCyAGQQBHIAMjBU9xBEAgACABIAIgAyAEIAUgBhAODwsgBEECdCEHIAVBAnQhCCAEIwAQBiEJQQAhCgNAIAkgBCAKaxAGIQsgCkEARyEMQQAhDQNAIA0jAmogAxAGIQ5BACEQA0AgBSAQa0EEEAYhESABIBAgB2wgCkECdGpqIRIgEiAHaiASIBFBAUsbIRMgEiAHQQF0aiASIBFBAksbIRQgEiAHQQNsaiASIBFBA0sbIRUgDSEPIA4gD2tBAk8EQCAAIA8gB2wgCkECdGpqIBIgEyAUIBUgAiAPIAhsIBBBAnRqaiALIAwgEUEEIA4gD2tBAXYgByAIEAggDyAOIA9rQX5xaiEPCyAPIA5JBEAgACAPIAdsIApBAnRqaiASIBMgFCAVIAIgDyAIbCAQQQJ0amogCyAMIBFBBBAHCyAQQQRqIRAgECAFSQ0ACyAOIQ0gDSADSQ0ACyAKIAlqIQogCiAESQ0ACwttAAJAA0AgBUUNASAGIAD9CQIAIAEsAAD9ESACLAAA/RwBIAMsAAD9HAIgBCwAAP0cA/36Af3mAf3kASEGIABBBGohACABQQFqIQEgAkEBaiECIANBAWohAyAEQQFqIQQgBUEBayEFDAALCyAGC78FAg97AX/9DICAgACAgIABgICAAoCAgAMhFv0MgICABICAgAWAgIAGgICAByEX/QyAgIAIgICACYCAgAqAgIALIRj9DICAgAyAgIANgICADoCAgA8hGSAAIAZBcHFBAnRqIRogACAaSQRAA0AgAP0AAgAhESAA/QACECESIAD9AAIgIRMgAP0AAjAhFCAB/QAAACEVIA0gESAVIBb9Dv36Af3mASASIBUgF/0O/foB/eYB/eQBIBMgFSAY/Q79+gH95gEgFCAVIBn9Dv36Af3mAf3kAf3kAf3kASENIAL9AAAAIRUgDiARIBUgFv0O/foB/eYBIBIgFSAX/Q79+gH95gH95AEgEyAVIBj9Dv36Af3mASAUIBUgGf0O/foB/eYB/eQB/eQB/eQBIQ4gA/0AAAAhFSAPIBEgFSAW/Q79+gH95gEgEiAVIBf9Dv36Af3mAf3kASATIBUgGP0O/foB/eYBIBQgFSAZ/Q79+gH95gH95AH95AH95AEhDyAE/QAAACEVIBAgESAVIBb9Dv36Af3mASASIBUgF/0O/foB/eYB/eQBIBMgFSAY/Q79+gH95gEgFCAVIBn9Dv36Af3mAf3kAf3kAf3kASEQIABBwABqIQAgAUEQaiEBIAJBEGohAiADQRBqIQMgBEEQaiEEIAAgGkkNAAsLIA0gDv0NAAECAwQFBgcQERITFBUWFyANIA79DQgJCgsMDQ4PGBkaGxwdHh/95AEhCyAPIBD9DQABAgMEBQYHEBESExQVFhcgDyAQ/Q0ICQoLDA0ODxgZGhscHR4f/eQBIQwgBSAKIAAgASACIAMgBCAGQQ9xIAsgDP0NAAECAwgJCgsQERITGBkaGyALIAz9DQQFBgcMDQ4PFBUWFxwdHh/95AH9DAAAgDMAAIAzAACAMwAAgDP95gEQEP3mASAIIAcgCRAFC7oCAgx/AXsgBUECdCEHIAZBAnQhCCAGQQNqQQJ2IQkgCSAFbCEKA0BBASALIAlqIAZJIAsgCUEBdGogBkkgCyAJQQNsaiAGSWpqaiEMIAEgCyAFbGohDiAOIApqIA4gDEEBSxshDyAOIApBAXRqIA4gDEECSxshECAOIApBA2xqIA4gDEEDSxshESACIAtBAnRqIRIgEv0JAgAhEyAMQQFLBEAgEyASIAlBAnRqKgIA/SABIRMLIAxBAksEQCATIBIgCUEDdGoqAgD9IAIhEwsgDEEDSwRAIBMgEiAJQQxsaioCAP0gAyETC0EAIQ0DQCAAIA0gB2xqIA4gDyAQIBEgAyANIAhsIAtBAnRqaiAFQQAgDCAJQQJ0IBMQESANQQFqIQ0gDSAESQ0ACyALQQFqIQsgCyAJSQ0ACwvMAgIPfwF7IARFIAZFcgRADwsgBEEETQRAIAAgASACIAMgBCAFIAYQEg8LIAVBAnQhByAGQQJ0IQggBSMBEAYhCUEAIQoDQCAJIAUgCmsQBiELIApBAEchDEEAIQ0DQCANIwJqIAQQBiEOQQAhEANAIAYgEGtBBBAGIREgASAQIAVsIApqaiESIBIgBWogEiARQQFLGyETIBIgBUEBdGogEiARQQJLGyEUIBIgBUEDbGogEiARQQNLGyEVIBFBBEYEeyACIBBBAnRq/QACAAUgAiAQQQJ0aiAREAMLIRYgDSEPA0AgACAPIAdsIApBAnRqaiASIBMgFCAVIAMgDyAIbCAQQQJ0amogCyAMIBFBBCAWEBEgD0EBaiEPIA8gDkkNAAsgEEEEaiEQIBAgBkkNAAsgDiENIA0gBEkNAAsgCiAJaiEKIAogBUkNAAsL6wEDAX8EewJ/AkADQCAFIANPDQEgASAFQQJ0av0JAgAhBiAAIARqIQsgACAEQXBxaiEKAkADQCAAIApPDQEgAP0AAAAhByAH/YcBIQggB/2IASEJIAIgBiAI/acB/foB/eYB/QsCACACIAYgCP2oAf36Af3mAf0LAhAgAiAGIAn9pwH9+gH95gH9CwIgIAIgBiAJ/agB/foB/eYB/QsCMCAAQRBqIQAgAkHAAGohAgwACwsCQANAIAAgC08NASACIAb9HwAgACwAALKUOAIAIABBAWohACACQQRqIQIMAAsLIAVBAWohBQwACwsLMgAgAUEETgR7IAD9AAIABSABQQBKBHsgACABEAMF/QwAAAAAAAAAAAAAAAAAAAAACwsLxAUKAn8BewJ/AXsBfQN/CHsBfAJ/AXv9DP9/AAD/fwAA/38AAP9/AAAhGgJAA0AgBSACTw0B/QwAAAAAAAAAAAAAAAAAAAAAIQdBACEGAkADQCAGIANPDQEgByAAIAZBAnRqIAMgBmsQFf3gAf3pASEHIAZBBGohBgwACwsgBxACvEEXdkH/AXEhCEGcASAIa0H+ACAIQR1LGyEJIAlB/wBqQRd0vv0TIQpB/wAgCWtBF3S+IQsgCEH/AUYEQEMAAMB/IQv9DAAAAAAAAAAAAAAAAAAAAAAhCgsgAf0MAAAAAAAAAAAAAAAAAAAAACAL/SAA/QsCACABQRBqIQ1BACEGAkADQCAGIANPDQEgACAGQQJ0aiEMIAMgBmshDiAKIAwgDhAV/eYB/Wr9+AEhDyAKIAxBEGogDkEEaxAV/eYB/Wr9+AEhECAKIAxBIGogDkEIaxAV/eYB/Wr9+AEhESAKIAxBMGogDkEMaxAV/eYB/Wr9+AEhEiAPQQ/9rAEgEEEP/awB/YUBIRMgEUEP/awBIBJBD/2sAf2FASEUIA8gGv1OIBAgGv1O/YUBIRUgESAa/U4gEiAa/U79hQEhFiANIBMgFP0NAAEEBQgJDA0QERQVGBkcHf0LAgAgDSATIBT9DQIDBgcKCw4PEhMWFxobHh/9CwIQIA0gFSAW/Q0AAQQFCAkMDRARFBUYGRwd/QsCICANIBUgFv0NAgMGBwoLDg8SExYXGhseH/0LAjAgDUHAAGohDSAGQRBqIQYMAAsLIAQEQEEAIQYCQANAIAYgA08NASAGIARqIAMQBiEZRAAAAAAAAAAAIRcCQANAIAYgGU8NASAXIAAgBkECdGoqAgC7oCEXIAZBAWohBgwACwsgDSAXtjgCACANQQRqIQ0MAAsLCyAAIANBAnRqIQAgASADEBdqIQEgBUEBaiEFDAALCwsdAEEQIABBD2pBBHZBBnQgAEH/AGpBB3ZBBHRqagv9AwIDfwx7IABBEGohCCAIIARBBHZBBnRqIQkCQANAIAggCU8NASAIQYDAAGogCRAGIQr9DAAAAAAAAAAAAAAAAAAAAAAhDP0MAAAAAAAAAAAAAAAAAAAAACEN/QwAAAAAAAAAAAAAAAAAAAAAIQ79DAAAAAAAAAAAAAAAAAAAAAAhDwNAIAj9AAIAIRAgCP0AAhAhESAI/QACICESIAj9AAIwIRMgAf0AAAAhFCAUQQj9iwFBCP2MASEVIBRBCP2MASEWIAwgFSAQ/boBIBYgEf26Af2uAf2uASEMIA4gFSAS/boBIBYgE/26Af2uAf2uASEOIAL9AAAAIRQgFEEI/YsBQQj9jAEhFSAUQQj9jAEhFiANIBUgEP26ASAWIBH9ugH9rgH9rgEhDSAPIBUgEv26ASAWIBP9ugH9rgH9rgEhDyAIQcAAaiEIIAFBEGohASACQRBqIQIgCCAKSQ0ACyAL/QwAAABHAAAARwAAAEcAAABHIAz9+gEgDf36Af0MAAAAAAAAAAAAAAAAAAAAAP0MAAAAAAAAAAAAAAAAAAAAABAA/eYBIA79+gEgD/36Af0MAAAAAAAAAAAAAAAAAAAAAP0MAAAAAAAAAAAAAAAAAAAAABAA/eQB/eQBIQsMAAsLIAMgByALIAD9CQIA/eYB/eYBIAVBACAGEAULzgECCn8BeyAERSAGRXIEQA8LIAUQFyEHIAZBAnQhCCAGQQFqQQF2IQkgCSAFbCEKA0BBASALIAlqIAZJaiEMIAEgCyAFbGohDiAOIApqIA4gDEEBSxshDyACIAtBAnRqIRAgEP0JAgAhESAMQQFLBEAgESAQIAlBAnRqKgIA/SABIRELQQAhDQNAIAAgDSAHbGogDiAPIAMgDSAIbCALQQJ0amogBSAMIAlBAnQgERAYIA1BAWohDSANIARJDQALIAtBAWohCyALIAlJDQALC7gFAw1/CHsBfSAERSAGRXIEQA8LIAUQFyEIIAVBAXYhEiAFIAduQQN0IRP9DA8ADwAPAA8ADwAPAA8ADwAhHANAQQAhCgNAIAAgCiAIbGohCyALQRBqIQwgDCAFQQR2QQZ0aiERIAEgCSASbGohDSACIAkgE2xqIQ79DAAAAAAAAAAAAAAAAAAAAAAhFQNAIAwgB0ECdGohEP0MAAAAAAAAAAAAAAAAAAAAACEX/QwAAAAAAAAAAAAAAAAAAAAAIRgDQCAN/QIAACEZIBkgHP1OIRogGUEE/Y0BIRsgFyAaIAz9AAIA/boBIBsgDP0AAhD9ugH9rgH9rgEhFyAYIBogDP0AAiD9ugEgGyAM/QACMP26Af2uAf2uASEYIA39AgAIIRkgGSAc/U4hGiAZQQT9jQEhGyAXIBogDP0AAkD9ugEgGyAM/QACUP26Af2uAf2uASEXIBggGiAM/QACYP26ASAbIAz9AAJw/boB/a4B/a4BIRggDEGAAWohDCANQRBqIQ0gDCAQSQ0ACyAVIA79CQIAIBf9+gH9DAAAAEcAAABHAAAARwAAAEf95gEgGP36Af3kAf3mAf3kASEVIA5BCGohDiAMIBFJDQALIBEhDyAOIBNrIQ4gE0EDdiEU/QwAAAAAAAAAAAAAAAAAAAAAIRYCQANAIBRBBEkNASAWIA79AAIAIA79AAIQ/Q0EBQYHDA0ODxQVFhccHR4fIA/9AAIA/eYB/eQBIRYgDkEgaiEOIA9BEGohDyAUQQRrIRQMAAsLIBYQASEdAkADQCAURQ0BIB0gDioCBCAPKgIAlJIhHSAOQQhqIQ4gD0EEaiEPIBRBAWshFAwACwsgAyAKIAZsIAlqQQJ0aiAVEAEgCyoCAJQgHZI4AgAgCkEBaiEKIAogBEkNAAsgCUEBaiEJIAkgBkkNAAsL6AIEA38IewF/AXsgAyAEbCEI/QwPAA8ADwAPAA8ADwAPAA8AIRH9DAAAAAAAAAAAAAAAAAAAAAD9DAgACAAIAAgACAAIAAgACAAgBhshE/0MAAAAgAAAAIAAAACAAAAAgCELAkADQCAHIAhPDQEgAf0JAgAhCiAGBEAgAf0JAgQhCwsgAUEIaiEBIAcgBWohCQNAIAAgB0EBdmr9AgAAIQwgDCAR/U4hDSAMQQT9jQEhDiANIA79DQABEBECAxITBAUUFQYHFhcgE/2RASEPIA0gDv0NCAkYGQoLGhsMDRwdDg8eHyAT/ZEBIRAgAiAHQQJ0aiESIBIgCyAKIA/9pwH9+gH95gH95AH9CwIAIBIgCyAKIA/9qAH9+gH95gH95AH9CwIQIBIgCyAKIBD9pwH9+gH95gH95AH9CwIgIBIgCyAKIBD9qAH9+gH95gH95AH9CwIwIAdBEGohByAHIAlJDQALDAALCwusAwEFeyAA/QwAANDCAADQwgAA0MIAANDC/ekB/QwAALJCAACyQgAAskIAALJC/egBIQAgAP0MO6q4PzuquD87qrg/O6q4P/3mAf1qIQEgACAB/QwAgDE/AIAxPwCAMT8AgDE//eYB/eUBIQIgAiAB/QyDgF65g4BeuYOAXrmDgF65/eYB/eUBIQIgAv0MZ2lQOWdpUDlnaVA5Z2lQOf3mAf0MzkO3Os5DtzrOQ7c6zkO3Ov3kASEDIAIgA/3mAf0MCIkIPAiJCDwIiQg8CIkIPP3kASEDIAIgA/3mAf0MwakqPcGpKj3BqSo9wakqPf3kASEDIAIgA/3mAf0MqqoqPqqqKj6qqio+qqoqPv3kASEDIAIgA/3mAf0MAAAAPwAAAD8AAAA/AAAAP/3kASED/QwAAIA/AACAPwAAgD8AAIA/IAIgAiAC/eYBIAP95gH95AH95AEhAyAB/fgBIQQgBEEB/awBIQUgAyAF/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gEgBCAF/bEB/Qx/AAAAfwAAAH8AAAB/AAAA/a4BQRf9qwH95gELXAICfwF7IAAgAkF8cUECdGohAwJAA0AgACADTw0BIAEgAP0AAgAQHP0LAgAgAEEQaiEAIAFBEGohAQwACwsgAkEDcSEEIAQEQCABIAAgBBADEBwgBEEAQQQQBQsLvwMFBH8FewJ8AXsBfwJAA0AgBiACTw0B/QwAAAAAAAAAAAAAAAAAAAAAIQ39DAAAAAAAAAAAAAAAAAAAAAAhDiAAIQcgACADQQJ0aiEJIAAgA0F8cUECdGohCAJAA0AgByAITw0BIAf9AAIAIQogCv1fIQsgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V8hDCANIAsgC/3yAf3wASENIA4gDCAM/fIB/fABIQ4gB0EQaiEHDAALCyANIA798AEhDSAN/SEAIA39IQGgIQ8CQANAIAcgCU8NASAPIAcqAgC7IAcqAgC7oqAhDyAHQQRqIQcMAAsLIAW7IA8gA7ijIAS7oJ+jIRAgEP0UIREgACEHIAEhEgJAA0AgByAITw0BIAf9AAIAIQogCv1fIBH98gH9XiELIBEgCiAK/Q0ICQoLDA0ODwgJCgsMDQ4P/V/98gH9XiEMIBIgCyAM/Q0AAQIDBAUGBxAREhMUFRYX/QsCACAHQRBqIQcgEkEQaiESDAALCwJAA0AgByAJTw0BIBIgByoCALsgEKK2OAIAIAdBBGohByASQQRqIRIMAAsLIAkhACASIQEgBkEBaiEGDAALCwuGCwcLfwJ7AX0CewN9BX8JeyAHQQJ0IQwgC/0TIRcCQANAIA0gBU8NASAIIA1qIAlrIQ4gDiAGQQFrIA4gBkEBa0gbIRBBACEPIApBAEoEQCAOIAprQQFqIQ8gD0EASARAQQAhDwsLIAMgDSAMbGohISAQIA9IBEAgIUEAIAz8CwAFIBAgD2tBAWohESARQQNqQQJ2ISIgIiAMbCEjQQAhEgNAQQEgEiAiaiARSSASICJBAXRqIBFJIBIgIkEDbGogEUlqamohEyABIA8gEmogDGxqIRQgACANIAxsaiAUIBQgI2ogFCATQQFLGyAUICNBAXRqIBQgE0ECSxsgFCAjQQNsaiAUIBNBA0sbIAQgEkECdGogB0EAIBMgIkECdBAHIBJBAWohEiASICJJDQAL/QwAAID/AACA/wAAgP8AAID/IRpDAACA/yEZIAQhFSAEIBFBfHFBAnRqIRYCQANAIBUgFk8NASAV/QACACAX/eYBIRggFSAY/QsCACAaIBj96QEhGiAVQRBqIRUMAAsLIAQgEUECdGohFgJAA0AgFSAWTw0BIBUqAgAgC5QhHSAVIB04AgAgGSAdlyEZIBVBBGohFQwACwsgGSAaEAKXIRkgGf0TIRr9DAAAAAAAAAAAAAAAAAAAAAAhG0MAAAAAIRwgBCEVIAQgEUF8cUECdGohFgJAA0AgFSAWTw0BIBX9AAIAIBr95QEQHCEYIBUgGP0LAgAgGyAY/eQBIRsgFUEQaiEVDAALCyAEIBFBAnRqIRYCQANAIBUgFk8NASAVKgIAIBmT/RMQHP0fACEdIBUgHTgCACAcIB2SIRwgFUEEaiEVDAALCyAcIBsQAZIhHEMAAIA/IByVIR5BACEfAkADQCAfQSBqIAdLDQH9DAAAAAAAAAAAAAAAAAAAAAAhJP0MAAAAAAAAAAAAAAAAAAAAACEl/QwAAAAAAAAAAAAAAAAAAAAAISb9DAAAAAAAAAAAAAAAAAAAAAAhJ/0MAAAAAAAAAAAAAAAAAAAAACEo/QwAAAAAAAAAAAAAAAAAAAAAISn9DAAAAAAAAAAAAAAAAAAAAAAhKv0MAAAAAAAAAAAAAAAAAAAAACErIAIgDyAMbCAfQQJ0amohICAEIRUgBCARQQJ0aiEWA0AgFf0JAgAhLCAkICwgIP0AAgD95gH95AEhJCAlICwgIP0AAhD95gH95AEhJSAmICwgIP0AAiD95gH95AEhJiAnICwgIP0AAjD95gH95AEhJyAoICwgIP0AAkD95gH95AEhKCApICwgIP0AAlD95gH95AEhKSAqICwgIP0AAmD95gH95AEhKiArICwgIP0AAnD95gH95AEhKyAgIAxqISAgFUEEaiEVIBUgFkkNAAsgHv0TISwgISAfQQJ0aiEgICAgJCAs/eYB/QsCACAgICUgLP3mAf0LAhAgICAmICz95gH9CwIgICAgJyAs/eYB/QsCMCAgICggLP3mAf0LAkAgICApICz95gH9CwJQICAgKiAs/eYB/QsCYCAgICsgLP3mAf0LAnAgH0EgaiEfDAALCwJAA0AgH0EEaiAHSw0B/QwAAAAAAAAAAAAAAAAAAAAAISQgAiAPIAxsIB9BAnRqaiEgIAQhFQNAICQgFf0JAgAgIP0AAgD95gH95AEhJCAgIAxqISAgFUEEaiEVIBUgFkkNAAsgISAfQQJ0aiAkIB79E/3mAf0LAgAgH0EEaiEfDAALCwJAA0AgHyAHTw0BQwAAAAAhHSACIA8gDGwgH0ECdGpqISAgBCEVA0AgHSAVKgIAICAqAgCUkiEdICAgDGohICAVQQRqIRUgFSAWSQ0ACyAhIB9BAnRqIB0gHpQ4AgAgH0EBaiEfDAALCwsgDUEBaiENDAALCwsWACAAIAEgAiADQwAAgD9DAACAPxAhC6YBAgJ/AnsgBP0TIQggBf0TIQkgACADQXxxQQJ0aiEGIAAgA0ECdGohBwJAA0AgACAGTw0BIAIgCCAA/QACAP3mASAJIAH9AAIA/eYB/eQB/QsCACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsCQANAIAAgB08NASACIAQgACoCAJQgBSABKgIAlJI4AgAgAEEEaiEAIAFBBGohASACQQRqIQIMAAsLC60DAgZ/AnsgB0UEQA8LIAdBAXYhCyALQQJ0IQwgB0ECdCENAkADQCAJIAZPDQFBACEKIAhFIAdBA3FFcQRAA0AgACAKav0AAgAhDyACIApqIA8gBCAKav0AAgD95gEgDyAP/Q0EBQYHAAECAwwNDg8ICQoLIAUgCmr9AAIA/eYB/eQB/QsCACAKQRBqIQogCiANSQ0ACwUgCEEARyAHQQdxRXEEQANAIAAgCmr9AAIAIQ8gACAKIAxqav0AAgAhECACIApqIA8gBCAKav0AAgD95gEgECAFIApq/QACAP3mAf3kAf0LAgAgCiAMaiEOIAIgDmogECAEIA5q/QACAP3mASAPIAUgDmr9AAIA/eYB/eQB/QsCACAKQRBqIQogCiAMSQ0ACwUCQANAIAogDU8NASAIBH8gCiAMaiAKIAxrIAogDEkbBSAKQQRzCyEOIAIgCmogACAKaioCACAEIApqKgIAlCAAIA5qKgIAIAUgCmoqAgCUkjgCACAKQQRqIQoMAAsLCwsgACABaiEAIAIgA2ohAiAEIA1qIQQgBSANaiEFIAlBAWohCQwACwsL7AEBBHsgACAB/ecB/eAB/QwAAADAAAAAwAAAAMAAAADA/eYBEBwhAiAC/V8hAyACIAL9DQgJCgsMDQ4PCAkKCwwNDg/9XyEE/QwAAAAAAADwPwAAAAAAAPA/IAP98QH9DAAAAAAAAPA/AAAAAAAA8D8gA/3wAf3zASED/QwAAAAAAADwPwAAAAAAAPA/IAT98QH9DAAAAAAAAPA/AAAAAAAA8D8gBP3wAf3zASEEIAP9XiAE/V79DQABAgMEBQYHEBESExQVFhchBSAFIAD9DAAAAIAAAACAAAAAgAAAAID9Tv1QIQUgASAF/eYBC2YCAn8BeyAD/RMhBiAAIAJBfHFBAnRqIQQCQANAIAAgBE8NASABIAD9AAIAIAYQI/0LAgAgAEEQaiEAIAFBEGohAQwACwsgAkEDcSEFIAUEQCABIAAgBRADIAYQIyAFQQBBBBAFCwuEBggEfwZ7AXwBewJ8AXsBfAF9IAVBfHFBAnQhCyAFQQJ0IQwCQANAIAkgBE8NAUQAAAAAAAAAACETIAgEQP0MAAAAAAAAAAAAAAAAAAAAACEQ/QwAAAAAAAAAAAAAAAAAAAAAIRFBACEKAkADQCAKIAtPDQEgACAKav0AAgAhDSAQIA39X/3wASEQIBEgDSAN/Q0ICQoLDA0ODwgJCgsMDQ4P/V/98AEhESAKQRBqIQoMAAsLIBAgEf3wASEQIBD9IQAgEP0hAaAhEwJAA0AgCiAMTw0BIBMgACAKaioCALugIRMgCkEEaiEKDAALCyATIAW4oyETCyAT/RQhFP0MAAAAAAAAAAAAAAAAAAAAACEQ/QwAAAAAAAAAAAAAAAAAAAAAIRFBACEKAkADQCAKIAtPDQEgACAKav0AAgAhDSAN/V8gFP3xASEOIA0gDf0NCAkKCwwNDg8ICQoLDA0OD/1fIBT98QEhDyAQIA4gDv3yAf3wASEQIBEgDyAP/fIB/fABIREgCkEQaiEKDAALCyAQIBH98AEhECAQ/SEAIBD9IQGgIRUCQANAIAogDE8NASAAIApqKgIAuyAToSEYIBUgGCAYoqAhFSAKQQRqIQoMAAsLIAe7IBUgBbijIAa7oJ+jIRYgFv0UIRdBACEKAkADQCAKIAtPDQEgACAKav0AAgAhDSAN/V8gFP3xASAX/fIB/V4hDiANIA39DQgJCgsMDQ4PCAkKCwwNDg/9XyAU/fEBIBf98gH9XiEPIA4gD/0NAAECAwQFBgcQERITFBUWFyESIAIEQCASIAIgCmr9AAIA/eYBIRILIAMEQCASIAMgCmr9AAIA/eQBIRILIAEgCmogEv0LAgAgCkEQaiEKDAALCwJAA0AgCiAMTw0BIAAgCmoqAgC7IBOhIBaitiEZIAIEQCAZIAIgCmoqAgCUIRkLIAMEQCAZIAMgCmoqAgCSIRkLIAEgCmogGTgCACAKQQRqIQoMAAsLIAAgDGohACABIAxqIQEgCUEBaiEJDAALCwuZAQEEfyADQXxxQQJ0IQYgA0ECdCEHAkADQCAEIAJPDQFBACEFAkADQCAFIAZPDQEgACAFaiAAIAVq/QACACABIAVq/QACAP3kAf0LAgAgBUEQaiEFDAALCwJAA0AgBSAHTw0BIAAgBWogACAFaioCACABIAVqKgIAkjgCACAFQQRqIQUMAAsLIAAgB2ohACAEQQFqIQQMAAsLCzIBAX8CQANAIAYgBE8NASACIAAgBfwKAAAgACABaiEAIAIgA2ohAiAGQQFqIQYMAAsLC7QDAQR7IAD9DAAAAAAAAAAAAAAAAAAAAAD9SiEEIAH9DAAAAAAAAAAAAAAAAAAAAAD9SiEFIAAgBP0M7zn6/kIuRkDvOfr+Qi5GQP1O/fEBIQAgASAF/QzvOfr+Qi5GQO85+v5CLkZA/U798QEhASAA/QwAAAAAAABawAAAAAAAAFrA/fUB/QwAAAAAAEBWQAAAAAAAQFZA/fQBIQAgAf0MAAAAAAAAWsAAAAAAAABawP31Af0MAAAAAABAVkAAAAAAAEBWQP30ASEBIAD9XiAB/V79DQABAgMEBQYHEBESExQVFhchAiACEBwhAyAD/V/9DAAAAAAAAPA/AAAAAAAA8D8gACAC/V/98QH98AH98gH9DAAAAAAAAPBDAAAAAAAA8EP9DAAAAAAAAPA/AAAAAAAA8D8gBP1S/fIBIAMgA/0NCAkKCwwNDg8ICQoLDA0OD/1f/QwAAAAAAADwPwAAAAAAAPA/IAEgAiAC/Q0ICQoLDA0ODwgJCgsMDQ4P/V/98QH98AH98gH9DAAAAAAAAPBDAAAAAAAA8EP9DAAAAAAAAPA/AAAAAAAA8D8gBf1S/fIBC2gAIAD9X/0MAAAAAAAA8D8AAAAAAADwPyAB/fAB/fMB/V4gACAA/Q0ICQoLDA0ODwgJCgsMDQ4P/V/9DAAAAAAAAPA/AAAAAAAA8D8gAv3wAf3zAf1e/Q0AAQIDBAUGBxAREhMUFRYXCyIAIAD9DAAAAAAAAAAAAAAAAAAAAAD96wEhACAAIAD95gELLQEBeyAA/eEBEBwhASAAIAH9XyABIAH9DQgJCgsMDQ4PCAkKCwwNDg/9XxApCz0A/QxRNtQzRYj5v1E21DNFiPm/IAD9DPcBSG3i5KY/9wFIbeLkpj8gACAAIAD98gH98gH98gH98AH98gELMgECeyAA/V8QLCAAIAD9DQgJCgsMDQ4PCAkKCwwNDg/9XxAsECghAiEBIAAgASACECkLrQIBAXv9DKSldq8o38U/pKV2ryjfxT8gAf3yAf0M/d6FMRJP6r/93oUxEk/qv/3wASECIAIgAf3yAf0MvqFTBPbQ9z++oVME9tD3P/3wASECIAIgAf3yAf0MgDkGpssp8r+AOQamyynyv/3wASECIAIgAf3yAf0M5hwjdvnY0T/mHCN2+djRP/3wASECIAIgAf3yAf0MpeqqgknYx7+l6qqCSdjHv/3wASECIAIgAf3yAf0M8MPeF9nGuD/ww94X2ca4P/3wASECIAIgAf3yAf0M6mB5Zx/x1z/qYHlnH/HXP/3wASECIAIgAf3yAf0MiDWN1BgA8D+INY3UGADwP/3wASECIAAgAP3yAf3tAf0MxZuIwIk/9D/Fm4jAiT/0P/3xASABIAL98gH98AELWAEBeyABIAL98gEhA/0MAAAAAAAA4D8AAAAAAADgPyAA/fIB/QwAAAAAAAAAQAAAAAAAAABAIAP98QEgAyAA/QwAAAAAAAAAAAAAAAAAAAAA/Ur9Uv3yAQuYAgEGeyAA/V8hASAAIAD9DQgJCgsMDQ4PCAkKCwwNDg/9XyEC/QwAAAAAAADwPwAAAAAAAPA//QwAAAAAAADwPwAAAAAAAPA//QzMO39mnqDWP8w7f2aeoNY/IAH97AH98gH98AH98wEhA/0MAAAAAAAA8D8AAAAAAADwP/0MAAAAAAAA8D8AAAAAAADwP/0MzDt/Zp6g1j/MO39mnqDWPyAC/ewB/fIB/fAB/fMBIQT9DM07f2aeoOY/zTt/Zp6g5j8gAf3sAf3yASADEC79DM07f2aeoOY/zTt/Zp6g5j8gAv3sAf3yASAEEC4QKCEGIQUgASADIAUQL/1eIAIgBCAGEC/9Xv0NAAECAwQFBgcQERITFBUWFwuAAQECfyAAIAJBfHFBAnRqIQMCQANAIAAgA08NASABIAD9AAIA/QwAAAAAAAAAAAAAAAAAAAAA/esB/QsCACAAQRBqIQAgAUEQaiEBDAALCyACQQNxIQQgBARAIAEgACAEEAP9DAAAAAAAAAAAAAAAAAAAAAD96wEgBEEAQQQQBQsLWgECfyAAIAJBfHFBAnRqIQMCQANAIAAgA08NASABIAD9AAIAECr9CwIAIABBEGohACABQRBqIQEMAAsLIAJBA3EhBCAEBEAgASAAIAQQAxAqIARBAEEEEAULC1oBAn8gACACQXxxQQJ0aiEDAkADQCAAIANPDQEgASAA/QACABAr/QsCACAAQRBqIQAgAUEQaiEBDAALCyACQQNxIQQgBARAIAEgACAEEAMQKyAEQQBBBBAFCwtaAQJ/IAAgAkF8cUECdGohAwJAA0AgACADTw0BIAEgAP0AAgAQLf0LAgAgAEEQaiEAIAFBEGohAQwACwsgAkEDcSEEIAQEQCABIAAgBBADEC0gBEEAQQQQBQsLWgECfyAAIAJBfHFBAnRqIQMCQANAIAAgA08NASABIAD9AAIAEDD9CwIAIABBEGohACABQRBqIQEMAAsLIAJBA3EhBCAEBEAgASAAIAQQAxAwIARBAEEEEAULC5kBAQJ/IAAgA0F8cUECdGohBAJAA0AgACAETw0BIAIgAP0AAgD9DAAAAAAAAAAAAAAAAAAAAAD96wEgAf0AAgD95gH9CwIAIABBEGohACABQRBqIQEgAkEQaiECDAALCyADQQNxIQUgBQRAIAIgACAFEAP9DAAAAAAAAAAAAAAAAAAAAAD96wEgASAFEAP95gEgBUEAQQQQBQsLcwECfyAAIANBfHFBAnRqIQQCQANAIAAgBE8NASACIAD9AAIAECogAf0AAgD95gH9CwIAIABBEGohACABQRBqIQEgAkEQaiECDAALCyADQQNxIQUgBQRAIAIgACAFEAMQKiABIAUQA/3mASAFQQBBBBAFCwtzAQJ/IAAgA0F8cUECdGohBAJAA0AgACAETw0BIAIgAP0AAgAQKyAB/QACAP3mAf0LAgAgAEEQaiEAIAFBEGohASACQRBqIQIMAAsLIANBA3EhBSAFBEAgAiAAIAUQAxArIAEgBRAD/eYBIAVBAEEEEAULC3MBAn8gACADQXxxQQJ0aiEEAkADQCAAIARPDQEgAiAA/QACABAtIAH9AAIA/eYB/QsCACAAQRBqIQAgAUEQaiEBIAJBEGohAgwACwsgA0EDcSEFIAUEQCACIAAgBRADEC0gASAFEAP95gEgBUEAQQQQBQsLcwECfyAAIANBfHFBAnRqIQQCQANAIAAgBE8NASACIAD9AAIAEDAgAf0AAgD95gH9CwIAIABBEGohACABQRBqIQEgAkEQaiECDAALCyADQQNxIQUgBQRAIAIgACAFEAMQMCABIAUQA/3mASAFQQBBBBAFCwtvAQJ/IAAgA0F8cUECdGohBAJAA0AgACAETw0BIAIgAP0AAgAgAf0AAgD95gH9CwIAIABBEGohACABQRBqIQEgAkEQaiECDAALCyADQQNxIQUgBQRAIAIgACAFEAMgASAFEAP95gEgBUEAQQQQBQsL";var Oy=278544,Wp=32,Fy=Object.freeze(["relu","relu2","silu","gelu_tanh","gelu_erf"]),kB=Object.freeze(["matmul_f32","matmul_i8","dequant_i8","quant_x","quant_x_row_bytes","matmul_i8x","matmul_q4x","dequant_q4x","rmsnorm_rows","norm_rows","attention","exp_f32","add_rows","bias_rows","mix_rows","mul_rows","copy_rows","rope_rows","softcap",...Fy,...Fy.map(o=>`${o}_mul`)]),SB=new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,123,3,2,1,0,10,22,1,20,0,253,12,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,11]),Gc=null,zp={plain:null,shared:null},Py=new WeakMap;function EB(o){let e=atob(o),t=new Uint8Array(e.length);for(let n=0;n<e.length;n++)t[n]=e.charCodeAt(n);return t}function Gp(){if(Gc===null)try{Gc=typeof WebAssembly=="object"&&WebAssembly.validate(SB)}catch{Gc=!1}return Gc}function _B(o){let e=EB(Dy);if(o){if(e[275]!==1)throw new Error("emlx kernels: kernels-wasm.js is inconsistent (rebuild with npm run build:kernels)");e[275]=3}return e}function vB(o){return typeof SharedArrayBuffer<"u"&&o.buffer instanceof SharedArrayBuffer}function Hp(o){let e=o?"shared":"plain";return zp[e]||(zp[e]=new WebAssembly.Module(_B(o))),zp[e]}function Ly(o){if(!(o instanceof WebAssembly.Memory))throw new TypeError("instantiateKernels: expected a WebAssembly.Memory");let e=Py.get(o);if(e)return e;let t=vB(o),{exports:n}=new WebAssembly.Instance(Hp(t),{env:{memory:o}}),r={memory:o,shared:t};for(let s of kB)r[s]=n[s];return Object.freeze(r),Py.set(o,r),r}var vo=Object.freeze({F32:1,I8:2,I8X:3,I8_DEQ_F32:4,Q4X:5,Q4_DEQ_F32:6}),Qn=8,$B=4,Uy=1<<20,_o=0,Hc=1,Vy=2,qp=3,zy=8,qc=32,Kc=64,Kp=qc+2*Kc,My=255,RB=254,NB=Kp+Kc,Qy=1e3,Wy=Object.freeze({NEXT:_o,FIN:Hc,STOP:Vy,ERR:qp,JOB:zy,PER:qc,STAT:Kp});function Gy(o,e,t,n,r){let s=n.JOB,a=null;for(;;){let i=Atomics.load(e,n.NEXT);if(i>>>8!==r)return a;let c=S=>e[S]>>>0,u=e[s],l=c(s+1),p=c(s+2),d=c(s+3),f=c(s+4),h=c(s+5),m=c(s+6),A=c(s+7),g=c(s+8),x=c(s+9),b=c(s+10),y=c(s+11),I=c(s+12),k=c(n.PER+2*t),E=c(n.PER+2*t+1),_=i&255;if(_>=b)return a;if(Atomics.compareExchange(e,n.NEXT,i,i+1)===i){try{let S=_*x,v=Math.min(A,S+x)-S,T=h===1?f+4*S:k;if(u===1)o.matmul_f32(l,p+4*S*m,T,h,m,v,E);else if(u===2)o.matmul_i8(l,p+S*m,d+4*S,T,h,m,v);else if(u===3)o.matmul_i8x(g,p+S*m,d+4*S,T,h,m,v);else if(u===5)o.matmul_q4x(g,p+S*(m>>>1),d+8*S*(m/y),T,h,m,v,y);else if(u===6){let N=g+4*S*m;o.dequant_q4x(p+S*(m>>>1),d+8*S*(m/y),N,v,m,y,I),o.matmul_f32(l,N,T,h,m,v,E)}else{let N=g+4*S*m;o.dequant_i8(p+S*m,d+4*S,N,v,m),o.matmul_f32(l,N,T,h,m,v,E)}h!==1&&o.copy_rows(k,4*v,f+4*S,4*A,h,4*v)}catch(S){a=a??S}Atomics.add(e,n.STAT+t,1),Atomics.add(e,n.FIN,1)+1===b&&Atomics.notify(e,n.FIN)}}}function TB(o,e,t,n){e(r=>{let{module:s,memory:a,ctrl:i,index:c,spin:u}=r,l=new WebAssembly.Instance(s,{env:{memory:a}}).exports,p=new Int32Array(i),d=0;for(o("ready");;){let f=Atomics.load(p,n.NEXT);for(let h=0;(f>>>8===d||(f&255)===255)&&!Atomics.load(p,n.STOP);h++)h>=u&&Atomics.wait(p,n.NEXT,f),f=Atomics.load(p,n.NEXT);if(Atomics.load(p,n.STOP))return;d=f>>>8,t(l,p,c,n,d)&&Atomics.compareExchange(p,n.ERR,0,1+c)}})}var Hy=(o,e)=>`(${TB})(${o}, ${e}, ${Gy}, ${JSON.stringify(Wy)});
`,DB=`const { parentPort } = require("node:worker_threads");
`+Hy("(m) => parentPort.postMessage(m)",'(f) => parentPort.once("message", f)'),BB=Hy("(m) => self.postMessage(m)","(f) => { self.onmessage = (e) => { self.onmessage = null; f(e.data); }; }");function Xp(){return typeof process<"u"&&!!process.versions?.node&&typeof window>"u"}function qy(){return typeof SharedArrayBuffer>"u"||typeof crossOriginIsolated<"u"&&!crossOriginIsolated?"SharedArrayBuffer is unavailable (the page is not cross-origin isolated: serve it with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp)":!Xp()&&typeof Worker>"u"?"this context cannot start Web Workers":null}function FB(){return Xp()?!0:typeof window>"u"}async function PB(o){if(Xp()){let n="node:worker_threads",{Worker:r}=await import(n),s=new r(DB,{eval:!0});return s.unref(),{send:a=>s.postMessage(a),ready:new Promise((a,i)=>{s.once("message",a),s.once("error",i)}),end:()=>s.terminate(),index:o}}let e=URL.createObjectURL(new Blob([BB],{type:"text/javascript"})),t=new Worker(e);return URL.revokeObjectURL(e),{send:n=>t.postMessage(n),ready:new Promise((n,r)=>{t.onmessage=()=>n(),t.onerror=s=>r(new Error(`emlx threads: worker failed to start (${s.message??"error"})`))}),end:()=>t.terminate(),index:o}}var Xc=class o{constructor(e,t,n,r,s=Qy){if(!Number.isInteger(e)||e<2||e>Kc)throw new Error(`emlx threads: threads must be an integer in 2..${Kc}, got ${e}`);this.threads=e,this.heap=t,this.module=n,this.K=r,this.ctrl=new Int32Array(new SharedArrayBuffer(4*NB)),this.workers=[],this._tmp=new Array(e).fill(0),this._tmpBytes=new Array(e).fill(0),this._pack=new Array(e).fill(0),this._block=FB(),this.spin=s,this.gen=0,this.jobs=0,Atomics.store(this.ctrl,_o,My),this.closed=!1}static async start(e,t,n,r,s=Qy){if(!Number.isInteger(s)||s<0)throw new Error(`emlx threads: spin must be a non-negative integer, got ${s}`);let a=new o(e,t,n,r,s);try{for(let i=1;i<e;i++)a.workers.push(await PB(i));for(let i of a.workers)i.send({module:n,memory:t.memory,ctrl:a.ctrl.buffer,index:i.index,spin:s});await Promise.all(a.workers.map(i=>i.ready))}catch(i){throw a.close(),i}return a}_blocks(e,t){let n=this.ctrl;for(let r=0;r<this.threads;r++)e>this._tmpBytes[r]&&(this.heap.release(this._tmp[r]),this._tmp[r]=this.heap.alloc(e,"threads"),this._tmpBytes[r]=e),t&&!this._pack[r]&&(this._pack[r]=this.heap.alloc(t,"threads")),n[qc+2*r]=this._tmp[r],n[qc+2*r+1]=t?this._pack[r]:0}run(e,t,n,r,s,a,i,c,u,l,p=0,d=0){if(this.closed)throw new Error("emlx threads: the pool has been closed");let f=this.ctrl,h=Math.ceil(c/(this.threads*$B)/Qn)*Qn,m=Math.max(h,Qn*Math.ceil(c/RB/Qn)),A=Math.ceil(c/m);Atomics.store(f,_o,this.gen<<8|My),this._blocks(a===1?0:4*a*m,l);let g=[e,t,n,r,s,a,i,c,u,m,A,p,d];for(let y=0;y<g.length;y++)f[zy+y]=g[y]|0;Atomics.store(f,Hc,0),this.gen=this.gen%8388607+1,this.jobs++,Atomics.store(f,_o,this.gen<<8),Atomics.notify(f,_o);let x=Gy(this.K,f,0,Wy,this.gen);for(;;){let y=Atomics.load(f,Hc);if(y===A)break;this._block&&Atomics.wait(f,Hc,y,1e3)}if(x)throw x;let b=Atomics.load(f,qp);if(b)throw Atomics.store(f,qp,0),new Error(`emlx threads: a kernel failed in worker ${b-1} (op ${e}, n ${a}, K ${i}, N ${c})`)}chunksRun(){return Array.from({length:this.threads},(e,t)=>Atomics.load(this.ctrl,Kp+t))}close(){if(!this.closed){this.closed=!0,Atomics.store(this.ctrl,Vy,1),Atomics.store(this.ctrl,_o,0),Atomics.notify(this.ctrl,_o);for(let e of this.workers)e.end();this.workers=[]}}};var ce=Math.fround;function Yc(o){let e=xp(o),t=c=>c in e?c:null,n=c=>({weight:t(`${c}.weight`),bias:t(`${c}.bias`)}),r=c=>({weight:t(`${c}.weight`),bias:t(`${c}.bias`)}),s=new Set(o.value_embed?o.value_embed.layers:[]),a=[];for(let c=0;c<o.n_layer;c++){let u=`blocks.${c}.`,l=o.window[c];a.push({index:c,window:l,maxKeep:l===null?1/0:l-1,attnNorm:n(`${u}attn_norm`),q:r(`${u}attn.c_q`),k:r(`${u}attn.c_k`),v:r(`${u}attn.c_v`),qNorm:t(`${u}attn.q_norm.weight`),kNorm:t(`${u}attn.k_norm.weight`),proj:r(`${u}attn.c_proj`),mlpNorm:n(`${u}mlp_norm`),gate:o.mlp.gated?r(`${u}mlp.c_gate`):null,fc:r(`${u}mlp.c_fc`),down:r(`${u}mlp.c_proj`),ve:s.has(c)?{table:`value_embeds.${c}.weight`,gate:`${u}attn.ve_gate.weight`}:null,emlK:t(`${u}mlp.eml_k`)})}let i=o.rope?o.rope.rotary_dim??o.head_dim:0;return{C:o.n_embd,H:o.n_head,KV:o.n_kv_head,D:o.head_dim,G:o.n_head/o.n_kv_head,hidden:o.mlp_hidden,vocab:o.vocab_size,paddedVocab:o.padded_vocab_size,eps:ce(o.norm_eps),norm:{kind:o.norm.kind,layer:o.norm.kind==="layer"},embed:{wte:"wte.weight",wpe:t("wpe.weight"),norm:o.embed.norm?n("embed_norm"):null},head:o.embed.tied?"wte.weight":"lm_head.weight",finalNorm:n("final_norm"),residual:o.residual,rope:o.rope?{rd:i,half:o.rope.style==="half"}:null,qkNorm:o.qk_norm,qkScale:ce(o.qk_scale),attnScale:ce(o.attn.scale??1/Math.sqrt(o.head_dim)),gated:o.mlp.gated,activation:o.activation,smear:o.smear,backout:o.backout,softcap:o.softcap===null?null:ce(o.softcap),layers:a}}function Yp(o){return OB.some(e=>e.test(o))}var OB=Ve.heap.host.map(o=>new RegExp(`^${o.replace(/[.]/g,"\\.").replace("{i}","\\d+")}$`));function Un(o){let e=o.bytes??o.stored.bytes;return e instanceof Int8Array?e:new Int8Array(e.buffer,e.byteOffset,e.byteLength)}function it(o){if(o.dtype!=="int8")return o.data;let e=Un(o),t=o.shape[0],n=t?e.length/t:0,r=new Float32Array(e.length);for(let s=0;s<t;s++){let a=o.scale[s];for(let i=0,c=s*n;i<n;i++)r[c+i]=e[c+i]*a}return r}function Jc(o){let e=o.dtype==="int8"?null:o.data;if(!e||e.length!==1)throw new Error(`expected a float scalar, got ${o.dtype} of shape ${JSON.stringify(o.shape)}`);return e[0]}function Xy(o,e=0,t=o.length-e){let n=e,r=o[e];for(let s=e+1;s<e+t;s++)o[s]>r&&(r=o[s],n=s);return n-e}function Jp(o,e,t,n,r,s=1){let a=new Float32Array(s*e*n),i=!1;for(let c=0;c<e;c++){let u=o+c;for(let l=0;l<n;l++){let p=t+l;if(!(p<=u&&(r===null||p>u-r))){i=!0;for(let f=0;f<s;f++)a[(f*e+c)*n+l]=-1e30}}}return i?a:null}var jp=new Float32Array(1),Ky=new Uint32Array(jp.buffer);function jy(o){jp[0]=o;let e=Ky[0];if((e&2139095040)===2139095040)return o;let t=e+32767+(e>>>16&1)>>>0;return Ky[0]=t&4294901760,jp[0]}function Yy(o){if(o=ce(o),!Number.isFinite(o)||o===0)return o;let e=Math.abs(o);if(e>=65520)return Math.sign(o)*(1/0);let t=Math.floor(Math.log2(e));2**t>e&&(t-=1),2**(t+1)<=e&&(t+=1);let n=2**(Math.max(t,-14)-10),r=e/n,s=Math.floor(r),a=r-s;return(a>.5||a===.5&&s%2===1)&&(s+=1),Math.sign(o)*s*n}function LB(o){if(o==="float32")return e=>e;if(o==="bfloat16")return jy;if(o==="float16")return Yy;throw new Error(`unsupported rope.table_dtype ${o}`)}function MB(o){let e=o.rope,t=e.rotary_dim??o.head_dim,n=t/2,r=ce(e.base),s=new Float32Array(n);for(let i=0;i<n;i++)s[i]=ce(1/ce(Math.pow(r,ce(ce(2*i)/ce(t)))));let a=e.scaling??{kind:"none",params:{}};if(a.kind==="linear"){let i=ce(a.params.factor);for(let c=0;c<n;c++)s[c]=ce(s[c]/i)}else if(a.kind==="llama3"){let{factor:i,low_freq_factor:c,high_freq_factor:u,original_max_position_embeddings:l}=a.params,p=ce(i),d=ce(l/c),f=ce(l/u),h=ce(2*Math.PI),m=ce(u-c);for(let A=0;A<n;A++){let g=s[A],x=ce(ce(1/g)*h);if(x>d)s[A]=ce(g/p);else if(!(x<f)){let b=ce(ce(ce(ce(1/x)*ce(l))-ce(c))/m);s[A]=ce(ce(ce(ce(1-b)*g)/p)+ce(b*g))}}}else if(a.kind!=="none")throw new Error(`unsupported rope.scaling.kind ${a.kind}`);return s}function Jy(o,e,t){let n=MB(o),r=n.length,s=LB(o.rope.table_dtype),a=new Float32Array(t*r),i=new Float32Array(t*r);for(let c=0;c<t;c++){let u=ce(e+c);for(let l=0;l<r;l++){let p=ce(u*n[l]);a[c*r+l]=s(ce(Math.cos(p))),i[c*r+l]=s(ce(Math.sin(p)))}}return{cos:a,sin:i}}function Ia(o,e,t,{full:n=!1}={}){let r=o.head_dim,s=o.rope.rotary_dim??r,a=n?r:s,i=s/2,c=o.rope.sign,{cos:u,sin:l}=Jy(o,e,t),p=new Float32Array(t*a),d=new Float32Array(t*a),f=new Int32Array(a),h=o.rope.style==="interleaved";for(let m=0;m<i;m++){let A=h?2*m:m,g=h?2*m+1:m+i;f[A]=g,f[g]=A;for(let x=0;x<t;x++){let b=u[x*i+m],y=l[x*i+m];p[x*a+A]=b,p[x*a+g]=b,d[x*a+A]=-c*y,d[x*a+g]=c*y}}for(let m=s;m<a;m++){f[m]=m;for(let A=0;A<t;A++)p[A*a+m]=1}return{C:p,S:d,partner:f}}var je=Ve.heap;function Zt(o){let e=je.align;return Math.ceil(o/e)*e}function QB(o){let e=1;for(;e<o;)e*=2;return e}function Zy(o,e,t,n,r=null){if(Yp(o))return[0,0];let s=t.reduce((a,i)=>a*i,1);return e==="int8"&&n?[Zt(s),Zt(4*(t.length?t[0]:1))]:e==="q4"&&n?[Zt(s/2),Zt(8*(s/r.groupSize))]:[Zt(4*s),0]}function*ew(o,e){for(let t of je.linear){if(t.when&&!Zp(t.when,o))continue;let n=t.name.includes("{i}")?o.window.map((r,s)=>t.name.replace("{i}",String(s))):[t.name];for(let r of n){let s=e[r];s&&(s.dtype==="int8"||s.dtype==="q4")&&(yield[s,t])}}}function tw(o,e,t){if(!t)return 0;let n=0;for(let[r,s]of ew(o,e))n=Math.max(n,(s.rows?o[s.rows]:r.shape[0])*r.shape[1]);return n}function ow(o,e,t){if(!t)return 0;let n=0;for(let[r]of ew(o,e))n=Math.max(n,r.shape[1]);return n}function nw(o){return o?4+16*Math.ceil(o/16)+4*Math.ceil(o/128):0}function jc(o,e){let t=o;for(let n of e.split("."))t=t!==null&&typeof t=="object"?t[n]:void 0;return t}function Zp(o,e){if("all"in o)return o.all.every(r=>Zp(r,e));if("present"in o)return jc(e,o.present)!==null&&jc(e,o.present)!==void 0;let[t,n]=o.equals;return jc(e,t)===n}function UB(o,e,t){if(o in t)return t[o];if(typeof o=="number")return o;let n=Ve.dims[o];if(!n)throw new Error(`heap table: unknown symbol ${o}`);return n.map(r=>jc(e,r)).reduce((r,s)=>r*s,1)}function rw(o,{T:e,R:t,K:n,I8:r,XQ:s=0,stateless:a}){let i={T:e,R:t,K:n,I8:r,XQ:s},c={},u=0;for(let l of je.scratch){if(l.when&&("stateless"in l.when&&l.when.stateless!==a||"rows_at_least"in l.when&&e<l.when.rows_at_least||"spec"in l.when&&!Zp(l.when.spec,o)))continue;let p=l.bytes??4*l.floats.reduce((d,f)=>d*UB(f,o,i),1);c[l.name]=u,u+=Zt(p)}return{offsets:c,bytes:u}}function Zc(o,e){return Math.max(Math.min(o.sequence_len,je.rope.first_rows),QB(Math.max(1,e)))}function sw({cap:o,start:e,len:t},n,r){if(e+t+n<=o)return{cap:o,start:e,len:t,move:"none"};let s=Math.min(t,r);if(o>0&&o>=2*s+n)return{cap:o,start:0,len:s,move:"compact"};let a=Math.max(je.cache.min_rows,2*o,s+n);return r!==1/0&&(a=Math.max(s+n,Math.min(a,2*r+n+je.cache.slack_rows))),{cap:a,start:0,len:s,move:"grow"}}var wt=65536,ed=je.max_bytes/wt;function aw(o){return Math.ceil(o/wt)}var el=class{constructor({initialBytes:e=wt,shared:t=!1}={}){let n=Math.min(ed,Math.max(1,aw(je.reserved+e)));try{this.memory=new WebAssembly.Memory({initial:n,maximum:ed,shared:t})}catch(r){throw new Error(`emlx wasm heap: out of memory creating ${n*wt} bytes (${r.message})`)}this.shared=t,this.free=[{off:je.reserved,size:n*wt-je.reserved}],this.blocks=new Map,this.byTag={},this.live=0,this.peak=0,this._buf=null,this._f32=null,this._u8=null}get bytes(){return this.memory.buffer.byteLength}get f32(){return this._views(),this._f32}get u8(){return this._views(),this._u8}_views(){let e=this.memory.buffer;(e!==this._buf||this._u8.byteLength!==e.byteLength)&&(this._buf=e,this._f32=new Float32Array(e),this._u8=new Uint8Array(e))}alloc(e,t){let n=Math.max(je.align,Zt(e)),r=this.free.findIndex(i=>i.size>=n);r<0&&(r=this._grow(n));let s=this.free[r],a=s.off;return s.size===n?this.free.splice(r,1):(s.off+=n,s.size-=n),this.blocks.set(a,{size:n,tag:t}),this.byTag[t]=(this.byTag[t]??0)+n,this.live+=n,this.peak=Math.max(this.peak,this.live),a}release(e){if(!e)return;let t=this.blocks.get(e);if(!t)throw new Error(`emlx wasm heap: no block at ${e}`);this.blocks.delete(e),this.byTag[t.tag]-=t.size,this.live-=t.size;let n=0;for(;n<this.free.length&&this.free[n].off<e;)n++;this.free.splice(n,0,{off:e,size:t.size}),n+1<this.free.length&&this.free[n].off+this.free[n].size===this.free[n+1].off&&(this.free[n].size+=this.free[n+1].size,this.free.splice(n+1,1)),n>0&&this.free[n-1].off+this.free[n-1].size===this.free[n].off&&(this.free[n-1].size+=this.free[n].size,this.free.splice(n,1))}_grow(e){let t=this.bytes,n=this.free[this.free.length-1],r=n&&n.off+n.size===t?n.size:0,s=aw(e-r),a=this.memory.buffer.byteLength/wt+s;if(a>ed)throw new Error(`emlx wasm heap: out of memory: ${e} more bytes would need ${a*wt} bytes, over the ${je.max_bytes} a wasm memory can hold (${this.live} bytes in use)`);try{this.memory.grow(s)}catch(i){throw new Error(`emlx wasm heap: out of memory growing to ${a*wt} bytes (${i.message})`)}return r?n.size+=s*wt:this.free.push({off:t,size:s*wt}),this.free.length-1}stats(){return{byTag:{...this.byTag},live:this.live,peak:this.peak,memoryBytes:this.bytes}}};var ve=Math.fround,VB=8,iw=new Set;var tl=class{constructor(e,t,n={}){this.kind="emlx-wasm-kernels",this.spec=e,this.plan=Yc(e),this.int8Resident=n.int8!=="float32";let r=0;for(let[c,u]of Object.entries(t))r+=Zy(c,u.dtype,u.shape,this.int8Resident,u.q4).reduce((l,p)=>l+p,0);let s=n.threads??1;if(!Number.isInteger(s)||s<1||s>64)throw new Error(`GPT: options.threads must be an integer from 1 to 64, got ${JSON.stringify(s)}`);this.threadsRequested=s,this.threadsMinWork=n.threadsMinWork??Uy;for(let[c,u]of[["threadsMinWork",this.threadsMinWork],["threadsSpin",n.threadsSpin??0]])if(!Number.isInteger(u)||u<0)throw new Error(`GPT: options.${c} must be a non-negative integer, got ${JSON.stringify(u)}`);this.threadsNote=null;let a=s>1?qy():null;a&&(this.threadsNote=`running on 1 thread instead of ${s}: ${a}`);let i=s>1&&!a;this.heap=new el({initialBytes:r+(1<<20),shared:!!n.sharedMemory||i}),this._live=new WeakRef(this.heap),iw.add(this._live),this.K=Ly(this.heap.memory),this.w={},this.host={},this._i8=tw(e,t,this.int8Resident),this._xq=nw(ow(e,t,this.int8Resident)),this._scratch=0,this._scratchBytes=0,this._rope=null,this.disposed=!1,this.pool=null,this._starting=null,i&&(this._starting=Xc.start(s,this.heap,Hp(!0),this.K,n.threadsSpin).then(c=>{this.disposed?c.close():this.pool=c},c=>{this.threadsNote=`running on 1 thread instead of ${s}: the workers did not start (${c.message})`}))}get threads(){return this.pool?this.pool.threads:1}get threadJobs(){return this.pool?this.pool.jobs:0}async threadsReady(){this._starting&&await this._starting}accept(e,t){if(Yp(e)){this.host[e]=Float32Array.from(it(t));return}let n=t.shape.reduce((i,c)=>i*c,1),r=t.shape.length>=2?t.shape[0]:1,s={rows:r,cols:r?n/r:0,int8:!1,off:0,s:0,g:0,affine:!1},a=this.heap;if(t.dtype==="q4"&&this.int8Resident){let i=t.q4.groupSize,c=n/i;s.g=i,s.affine=t.q4.affine,s.off=a.alloc(n/2,"weights"),s.s=a.alloc(8*c,"weights");let u=t.bytes??t.stored.bytes;a.u8.set(u instanceof Uint8Array?u:new Uint8Array(u.buffer,u.byteOffset,u.byteLength),s.off);let l=a.f32.subarray(s.s>>>2,(s.s>>>2)+2*c),{scale:p,offset:d}=t;for(let f=0;f<c;f++)l[2*f]=p[f],l[2*f+1]=d?d[f]:-8*p[f]}else if(t.dtype==="int8"&&this.int8Resident){s.int8=!0,s.off=a.alloc(n,"weights"),s.s=a.alloc(4*r,"weights");let i=Un(t);a.u8.set(new Uint8Array(i.buffer,i.byteOffset,i.byteLength),s.off),a.f32.set(t.scale,s.s>>>2)}else s.off=a.alloc(4*n,"weights"),a.f32.set(it(t),s.off>>>2);this.w[e]=s}finish(){let{plan:e}=this,t=n=>{if(!(n in this.host))throw new Error(`GPT: bundle has no tensor "${n}"`);return this.host[n]};e.residual==="lambdas"&&(this.resid=Array.from(t("resid_lambdas"),ve),this.x0l=Array.from(t("x0_lambdas"),ve)),e.smear&&(this.smearLambda=ve(t("smear_lambda")[0])),e.backout&&(this.backoutLambda=ve(t("backout_lambda")[0])),this.logK=e.layers.map(n=>n.emlK?ve(Math.log(t(n.emlK)[0])):null);for(let n of e.layers)for(let r of[n.q,n.k,n.v,n.proj,n.fc,n.down])if(!this.w[r.weight])throw new Error(`GPT: bundle has no tensor "${r.weight}"`);e.rope&&this._growRope(1)}get residentWeightBytes(){let e=Object.values(this.host).reduce((t,n)=>t+n.byteLength,0);return(this.heap.byTag.weights??0)+e}get int8Weights(){return Object.values(this.w).some(e=>e.int8)}get q4Weights(){return Object.values(this.w).some(e=>e.g)}get sharedMemory(){return this.heap.shared}heapStats(){return this.heap.stats()}dispose(){this.disposed||(this.disposed=!0,iw.delete(this._live),this.pool&&this.pool.close(),this.pool=null,this.heap=null,this.w={},this.host={})}_growRope(e){let t=Zc(this.spec,e);if(this._rope&&this._rope.rows>=t)return;let{C:n,S:r}=Ia(this.spec,0,t),s=this.heap;this._rope&&(s.release(this._rope.c),s.release(this._rope.s));let a=s.alloc(4*n.length,"rope"),i=s.alloc(4*r.length,"rope");s.f32.set(n,a>>>2),s.f32.set(r,i>>>2),this._rope={rows:t,c:a,s:i}}_scratchFor(e){return e>this._scratchBytes&&(this.heap.release(this._scratch),this._scratch=this.heap.alloc(e,"scratch"),this._scratchBytes=e),this._scratch}createCache(){let e=this,t=()=>({k:0,v:0,cap:0,start:0,len:0});return{pos:0,layers:this.plan.layers.map(t),prevX:null,disposed:!1,engine:e,dispose(){if(!this.disposed&&!e.disposed)for(let n of this.layers)e.heap.release(n.k),e.heap.release(n.v);this.layers=this.layers.map(t),this.prevX=null,this.disposed=!0},sizes(){return this.layers.map(n=>n.len)}}}_reserve(e,t,n){let r=sw(e,n,this.plan.layers[t].maxKeep);if(r.move==="none")return;let{KV:s,D:a}=this.plan,i=e.len-r.len;if(r.move==="compact"){let p=this.heap.f32;for(let d of[e.k,e.v]){let f=d>>>2;for(let h=0;h<s;h++){let m=f+(h*e.cap+e.start+i)*a;p.copyWithin(f+h*e.cap*a,m,m+r.len*a)}}Object.assign(e,{start:0,len:r.len});return}let c=this.heap.alloc(4*s*r.cap*a,"cache"),u=this.heap.alloc(4*s*r.cap*a,"cache"),l=this.heap.f32;if(e.k){for(let[p,d]of[[e.k,c],[e.v,u]]){let f=p>>>2,h=d>>>2;for(let m=0;m<s;m++){let A=f+(m*e.cap+e.start+i)*a;l.copyWithin(h+m*r.cap*a,A,A+r.len*a)}}this.heap.release(e.k),this.heap.release(e.v)}Object.assign(e,{k:c,v:u,cap:r.cap,start:0,len:r.len})}_trim(e){e.layers.forEach((t,n)=>{let r=Math.min(t.len,this.plan.layers[n].maxKeep);t.start+=t.len-r,t.len=r})}async pass(e,t,n,r){return this._starting&&await this._starting,this.passSync(e,t,n,r)}passSync(e,t,n,r){if(this.disposed)throw new Error("GPT: model has been disposed");let{K:s,plan:a}=this,{C:i,H:c,KV:u,D:l,G:p}=a,d=e.length,f=a.vocab,h=r.taps,m=$=>!!h&&(h===!0||h.has($)),A=r.tapRows??null,g={};a.rope&&this._growRope(t+d);let x=r.rows==="all",b=x||m("final_norm")||m("logits"),y=b?d:1,I=n?Math.max(...n.layers.map(($,F)=>Math.min($.len,a.layers[F].maxKeep)))+d:d,k=rw(this.spec,{T:d,R:y,K:I,I8:this._i8,XQ:this._xq,stateless:!n}),E=this._scratchFor(k.bytes);this._pass=k,this._base=E;let _=$=>E+k.offsets[$]>>>2,S=$=>E+k.offsets[$],v=c*l,T=u*l,N=($,F,Q,V=0)=>{if(!m($))return;let W=A??Array.from({length:d},(G,q)=>q),z=this.heap.f32,H=new Float32Array(W.length*Q);W.forEach((G,q)=>{if(!V)H.set(z.subarray(F+G*Q,F+(G+1)*Q),q*Q);else for(let j=0;j<V;j++){let X=F+(j*d+G)*l;H.set(z.subarray(X,X+l),q*Q+j*l)}}),g[$]={shape:V?[W.length,V,l]:[W.length,Q],data:H}},D=this._embed(e,t,n,_("x"),_("h"));a.residual==="lambdas"&&this.heap.f32.copyWithin(_("x0"),_("x"),_("x")+d*i),N("embed",_("x"),i);for(let $ of a.layers){let F=$.index;a.residual==="lambdas"&&s.mix_rows(S("x"),S("x0"),S("x"),d*i,this.resid[F],this.x0l[F]),this._norm(S("x"),S("h"),d,$.attnNorm);let Q,V,W,z,H,G,q=null;n?(q=n.layers[F],this._reserve(q,F,d),Q=q.k>>>2,V=q.v>>>2,W=q.cap,z=q.start+q.len,H=q.len+d,G=t-q.len):(Q=_("k"),V=_("v"),W=d,z=0,H=d,G=0);let j=F===a.layers.length-1&&!h&&r.rows!=="all"?d-1:0,X=d-j;this._linear(S("h")+4*j*i,$.q,S("t"),X),this._qk(_("t"),c,X,t+j,$.qNorm,oe=>_("q")+oe*X*l),this._linear(S("h"),$.k,S("t"),d),this._qk(_("t"),u,d,t,$.kNorm,oe=>Q+(oe*W+z)*l),this._linear(S("h"),$.v,S("t"),d),this._values($,e,_("t"),_("h"),_("e"),(oe,he)=>V+(oe*W+z+he)*l),N(`blocks.${F}.attn.q`,_("q"),v,c);for(let[oe,he]of[[`blocks.${F}.attn.k`,Q],[`blocks.${F}.attn.v`,V]]){if(!m(oe))continue;let de=A??Array.from({length:d},(me,Ye)=>Ye),fe=this.heap.f32,Ae=new Float32Array(de.length*T);de.forEach((me,Ye)=>{for(let Se=0;Se<u;Se++){let lt=he+(Se*W+z+me)*l;Ae.set(fe.subarray(lt,lt+l),Ye*T+Se*l)}}),g[oe]={shape:[de.length,u,l],data:Ae}}let Z=n?q.start:0;for(let oe=0;oe<c;oe++){let he=Math.floor(oe/p);s.attention(4*(_("q")+oe*X*l),4*(Q+(he*W+Z)*l),4*(V+(he*W+Z)*l),4*(_("att")+oe*X*l),S("sc"),X,H,l,t+j,G,$.window===null?0:$.window,a.attnScale)}let re="att";if(X>1){for(let oe=0;oe<c;oe++)s.copy_rows(S("att")+4*oe*X*l,4*l,S("y")+4*oe*l,4*v,X,4*l);re="y"}let ne=S("x")+4*j*i,le=S("h")+4*j*i;this._linear(S(re),$.proj,S("o"),X),N(`blocks.${F}.attn_out`,_("o"),i),s.add_rows(ne,S("o"),ne,X*i),this._norm(ne,le,X,$.mlpNorm),$.gate?(this._linear(le,$.gate,S("z"),X),this._linear(le,$.fc,S("u"),X)):this._linear(le,$.fc,S("z"),X),this._activation(S("z"),$.gate?S("u"):0,X*a.hidden,F),this._linear(S("z"),$.down,S("o"),X),N(`blocks.${F}.mlp_out`,_("o"),i),s.add_rows(ne,S("o"),ne,X*i),N(`blocks.${F}.out`,_("x"),i),a.backout&&F===a.backout.layer&&this.heap.f32.copyWithin(_("xb"),_("x"),_("x")+d*i),q&&(q.len+=d)}a.backout&&s.mix_rows(S("x"),S("xb"),S("x"),d*i,1,-this.backoutLambda);let P=b?0:d-1;this._norm(S("x")+4*P*i,S("h")+4*P*i,d-P,a.finalNorm),N("final_norm",_("h"),i);let B=_("lg");this._matmul(S("h")+4*P*i,this.w[a.head],4*B,y,f),a.softcap!==null&&s.softcap(4*B,4*B,y*f,a.softcap),m("logits")&&N("logits",B,f);let O=this.heap.f32,M=x?O.slice(B,B+d*f):O.slice(B+(y-1)*f,B+y*f);return n&&(this._trim(n),n.prevX=D,n.pos=t+d),{logits:M,rows:x?d:1,taps:g}}_norm(e,t,n,{weight:r,bias:s},a=this.plan.C,i=1){let c=this.plan;!c.norm.layer&&!r&&!s?this.K.rmsnorm_rows(e,t,n,a,c.eps,i):this.K.norm_rows(e,t,r?this.w[r].off:0,s?this.w[s].off:0,n,a,c.eps,i,c.norm.layer?1:0)}_matmul(e,t,n,r,s=t.rows){let a=this.K,i=this.pool,c=r<VB;if(i&&r*t.cols*s>=this.threadsMinWork&&s>=2*Qn){let l=r>=Wp?Oy:0,p=c?0:this._base+this._pass.offsets.deq;if(t.g){let d=c?this._base+this._pass.offsets.xq:0;c&&a.quant_x(e,d,r,t.cols,t.g),i.run(c?vo.Q4X:vo.Q4_DEQ_F32,e,t.off,t.s,n,r,t.cols,s,c?d:p,l,t.g,t.affine?1:0)}else if(!t.int8)i.run(vo.F32,e,t.off,0,n,r,t.cols,s,0,l);else if(c&&t.cols%16===0&&this._xq){let d=this._base+this._pass.offsets.xq;a.quant_x(e,d,r,t.cols,0),i.run(vo.I8X,0,t.off,t.s,n,r,t.cols,s,d,0)}else c?i.run(vo.I8,e,t.off,t.s,n,r,t.cols,s,0,0):i.run(vo.I8_DEQ_F32,e,t.off,t.s,n,r,t.cols,s,p,l);return}let u=r>=Wp?this._base+this._pass.offsets.pack:0;if(t.g)if(c){let l=this._base+this._pass.offsets.xq;a.quant_x(e,l,r,t.cols,t.g),a.matmul_q4x(l,t.off,t.s,n,r,t.cols,s,t.g)}else{let l=this._base+this._pass.offsets.deq;a.dequant_q4x(t.off,t.s,l,s,t.cols,t.g,t.affine?1:0),a.matmul_f32(e,l,n,r,t.cols,s,u)}else if(!t.int8)a.matmul_f32(e,t.off,n,r,t.cols,s,u);else if(c&&t.cols%16===0&&this._xq){let l=this._base+this._pass.offsets.xq;a.quant_x(e,l,r,t.cols,0),a.matmul_i8x(l,t.off,t.s,n,r,t.cols,s)}else if(c)a.matmul_i8(e,t.off,t.s,n,r,t.cols,s);else{let l=this._base+this._pass.offsets.deq;a.dequant_i8(t.off,t.s,l,s,t.cols),a.matmul_f32(e,l,n,r,t.cols,s,u)}}_linear(e,t,n,r){let s=this.w[t.weight];this._matmul(e,s,n,r),t.bias&&this.K.bias_rows(n,this.w[t.bias].off,r,s.rows)}_gather(e,t,n){let r=this.heap.f32,s=e.cols;if(e.g){let c=this.heap.u8,u=e.s>>>2,l=e.g;t.forEach((p,d)=>{let f=n+d*s,h=e.off+p*s/2,m=u+2*(p*s/l);for(let A=0;A<s;A++){let g=c[h+(A>>1)],x=A&1?g>>4:g&15,b=m+2*Math.floor(A/l);r[f+A]=e.affine?ve(ve(r[b]*x)+r[b+1]):r[b]*x+r[b+1]}});return}if(!e.int8){let c=e.off>>>2;t.forEach((u,l)=>r.copyWithin(n+l*s,c+u*s,c+(u+1)*s));return}let a=new Int8Array(this.heap.memory.buffer,e.off,e.rows*s),i=e.s>>>2;t.forEach((c,u)=>{let l=r[i+c],p=n+u*s,d=c*s;for(let f=0;f<s;f++)r[p+f]=a[d+f]*l})}_embed(e,t,n,r,s){let{K:a,plan:i}=this,{C:c}=i,u=e.length;this._gather(this.w[i.embed.wte],e,r),i.embed.wpe&&(this._gather(this.w[i.embed.wpe],e.map((g,x)=>t+x),s),a.add_rows(4*r,4*s,4*r,u*c));let l=r;if(i.embed.norm&&(this._norm(4*r,4*s,u,i.embed.norm),l=s),!i.smear)return l!==r&&this.heap.f32.copyWithin(r,l,l+u*c),null;let p=this.heap.f32,d=i.smear.channels,f=this.host["smear_gate.weight"],h=this.smearLambda,m=n&&t>0?n.prevX:null;if(t>0&&!m)throw new Error("GPT: cache is missing the previous embedding row needed by smear");let A=p.slice(l+(u-1)*c,l+u*c);for(let g=u-1;g>=0;g--){let x=g>0?p.subarray(l+(g-1)*c,l+g*c):m;if(!x){l!==r&&p.copyWithin(r+g*c,l+g*c,l+(g+1)*c);continue}let b=0;for(let k=0;k<d;k++)b+=p[l+g*c+k]*f[k];let y=ve(1/(1+Math.exp(-ve(b)))),I=ve(h*y);for(let k=0;k<c;k++)p[r+g*c+k]=p[l+g*c+k]+ve(I*x[k])}return A}_qk(e,t,n,r,s,a){let{K:i,plan:c}=this,{D:u}=c,l=c.qkNorm,p=4*t*u;l&&l.order==="before_rope"&&this._norm(4*e,4*e,n*t,{weight:s,bias:null},u);for(let d=0;d<t;d++){let f=4*a(d),h=4*(e+d*u);if(c.rope){let{rd:m,half:A}=c.rope,g=this._rope.c+4*r*m,x=this._rope.s+4*r*m;i.rope_rows(h,p,f,4*u,g,x,n,m,A?1:0),m<u&&i.copy_rows(h+4*m,p,f+4*m,4*u,n,4*(u-m))}else i.copy_rows(h,p,f,4*u,n,4*u);l&&l.order==="after_rope"?this._norm(f,f,n,{weight:s,bias:null},u,c.qkScale):c.qkScale!==1&&i.mix_rows(f,f,f,n*u,c.qkScale,0)}}_values(e,t,n,r,s,a){let{KV:i,D:c,C:u}=this.plan,l=t.length,p=null;if(e.ve){let f=this.spec,h=this.host[e.ve.gate],m=f.value_embed.gate_channels,A=ve(f.value_embed.gate_scale),g=this.heap.f32;p=new Float32Array(l*i);for(let x=0;x<l;x++)for(let b=0;b<i;b++){let y=0;for(let I=0;I<m;I++)y+=g[r+x*u+I]*h[b*m+I];p[x*i+b]=ve(A*ve(1/(1+Math.exp(-ve(y)))))}this._gather(this.w[e.ve.table],t,s)}let d=this.heap.f32;for(let f=0;f<l;f++)for(let h=0;h<i;h++){let m=n+(f*i+h)*c,A=a(h,f);p?this.K.mix_rows(4*m,4*(s+(f*i+h)*c),4*A,c,1,p[f*i+h]):d.copyWithin(A,m,m+c)}}_activation(e,t,n,r){let{K:s,plan:a}=this,i=a.activation.kind;if(i!=="eml"){t?s[`${i}_mul`](e,t,e,n):s[i](e,e,n);return}let c=this.heap.f32,{exp_clamp:u,log_floor:l}=a.activation.params,p=ve(u),d=ve(l),f=this.logK[r],h=e>>>2;for(let m=h;m<h+n;m++){let A=ve(Math.exp(Math.min(c[m],p)));c[m]=A-ve(Math.log(Math.max(ve(A-f),d)))}t&&s.mul_rows(e,t,e,n)}};var zB=Math.fround;function WB(o,e,t){let n=new Float32Array(e*t);for(let r=0;r<e;r++){let s=r*t;for(let a=0;a<t;a++)n[a*e+r]=o[s+a]}return n}function cw(o,e,t,n){let r=Math.ceil((n===0?e:t)/3),[s,a]=n===0?[r,t]:[e,r],i=new Float32Array(s*a),c=(u,l)=>u<e&&l<t?o(u,l)+128:128;for(let u=0;u<s;u++)for(let l=0;l<a;l++)i[u*a+l]=n===0?c(u,l)+256*c(u+r,l)+65536*c(u+2*r,l):c(u,l)+256*c(u,l+r)+65536*c(u,l+2*r);return{data:i,shape:[s,a]}}function td(o){o.k&&o.k.dispose(),o.v&&o.v.dispose()}var ol=class{constructor(e,t,n={}){this.kind="tfjs-ops",this.spec=e,this.plan=Yc(e),this.packed=n.int8==="packed",this._tensors=[],this._pending={},this.disposed=!1}accept(e,t){this._pending[e]=t}finish(){try{this._build(this._pending)}finally{this._pending=null}}get residentWeightBytes(){return this._tensors.reduce((e,t)=>e+4*t.size,0)}get int8Weights(){return!1}get sharedMemory(){return null}dispose(){if(!this.disposed){for(let e of this._tensors)e.dispose();this._tensors=[],this.disposed=!0}}_keep(e){return this._tensors.push(e),e}_build(e){let{spec:t,plan:n}=this,r=b=>{let y=e[b];if(!y)throw new Error(`GPT: bundle has no tensor "${b}"`);return y},{H:s,KV:a,D:i,C:c}=n,u=this.packed,l=b=>this._keep(b),p=b=>this._keep(Ws(b,"float32")),d=b=>b?l(io(it(r(b)),"float32")):null,f=(b,y=null)=>{let I=b.map(N=>r(N.weight)),k=I[0].shape[1],E=I.map(N=>y===null?N.shape[0]:y),_=E.reduce((N,D)=>N+D,0),S=b.some(N=>N.bias)?l(io(Float32Array.from(b.flatMap(N=>Array.from(it(r(N.bias))))))):null;if(u&&I.every(N=>N.dtype==="int8")){let N=I.map(Un),D=new Int32Array(_),P=new Int32Array(_),B=new Float32Array(_),O=0;I.forEach(($,F)=>{for(let Q=0;Q<E[F];Q++,O++)D[O]=F,P[O]=Q,B[O]=$.scale[Q]});let M=cw(($,F)=>N[D[F]][P[F]*k+$],k,_,0);return{packed:l(et(M.data,M.shape,"float32")),scale:l(et(B,[1,_],"float32")),axis:0,rows:k,cols:_,bias:S}}let v=I.map((N,D)=>{let P=it(N);return WB(E[D]===N.shape[0]?P:P.subarray(0,E[D]*k),E[D],k)}),T=v[0];if(v.length>1){T=new Float32Array(k*_);for(let N=0;N<k;N++){let D=N*_;v.forEach((P,B)=>{T.set(P.subarray(N*E[B],(N+1)*E[B]),D),D+=E[B]})}}return{t:l(et(T,[k,_],"float32")),bias:S}},h=b=>{let y=r(b),[I,k]=y.shape;if(u&&y.dtype==="int8"){let E=Un(y),_=cw((S,v)=>E[S*k+v],I,k,1);return{packed:l(et(_.data,_.shape,"float32")),scale:l(et(y.scale,[I,1],"float32")),axis:1,rows:I,cols:k}}return{t:l(et(it(y),[I,k],"float32"))}},m=b=>b?{weight:d(b.weight),bias:d(b.bias)}:null;this.wte=h(n.embed.wte),this.wpe=n.embed.wpe?h(n.embed.wpe):null,this.embedNorm=m(n.embed.norm),this.lmHead=f([{weight:n.head,bias:null}],n.vocab),this.finalNorm=m(n.finalNorm);let A=n.residual==="lambdas"?it(r("resid_lambdas")):null,g=n.residual==="lambdas"?it(r("x0_lambdas")):null;this.layers=n.layers.map(b=>{let y=b.index;return{plan:b,index:y,resid:A?p(A[y]):null,x0:g?p(g[y]):null,attnNorm:m(b.attnNorm),mlpNorm:m(b.mlpNorm),wqkv:f([b.q,b.k,b.v]),qkNormW:b.qNorm?l(et(Float32Array.from([...Array.from({length:s},()=>Array.from(it(r(b.qNorm)))).flat(),...Array.from({length:a},()=>Array.from(it(r(b.kNorm)))).flat()]),[s+a,i])):null,wproj:f([b.proj]),wgate:b.gate?f([b.gate]):null,wfc:f([b.fc]),wdown:f([b.down]),ve:b.ve?h(b.ve.table):null,veGate:b.ve?f([{weight:b.ve.gate,bias:null}]):null,logK:b.emlK?p(zB(Math.log(Jc(r(b.emlK))))):null}}),this.eps=p(t.norm_eps),this.sqrtD=t.attn.scale===null?p(Math.sqrt(i)):null,this.attnScale=t.attn.scale===null?null:p(t.attn.scale),this.qkScale=t.qk_scale===1?null:p(t.qk_scale),this.softcap=t.softcap===null?null:p(t.softcap),t.value_embed&&(this.gateScale=p(t.value_embed.gate_scale)),t.smear&&(this.smearGate=f([{weight:"smear_gate.weight",bias:null}]),this.smearLambda=p(Jc(r("smear_lambda")))),t.backout&&(this.backoutLambda=p(Jc(r("backout_lambda"))));let x=t.activation;x.kind==="eml"&&(this.emlClamp=p(x.params.exp_clamp),this.emlFloor=p(x.params.log_floor)),x.kind==="gelu_tanh"&&(this.geluC=p(2*Math.sqrt(2/Math.PI)),this.geluA=p(.044715)),x.kind==="gelu_erf"&&(this.half=p(.5),this.invSqrt2=p(Math.SQRT1_2)),u&&(this.c128=p(128),this.c256=p(256)),Object.assign(this,{H:s,KV:a,D:i,C:c,G:s/a}),this._ropeRows=0,n.rope&&this._growRope(1)}_growRope(e){let t=Zc(this.spec,e);if(t<=this._ropeRows)return;let{C:n,S:r,partner:s}=Ia(this.spec,0,t,{full:!0});if(this._ropeC=n,this._ropeS=r,this._ropeRows=t,!this.partner){let a=this.D;this.partner=this._keep(io(s,"int32"));let i=new Float32Array(a*a);for(let c=0;c<a;c++)i[s[c]*a+c]=1;this.partnerMatrix=this._keep(et(i,[a,a],"float32"))}}_mat(e){return e.t?e.t:this._unpack(e.packed,e.scale,e.axis,e.rows,e.cols)}_unpack(e,t,n,r,s){let a=Da(e,this.c256),i=Na(e,this.c256),c=Da(i,this.c256),u=Na(i,this.c256),l=ro([a,c,u],n),p=n===0?r:s;return l.shape[n]!==p&&(l=n===0?Le(l,[0,0],[r,-1]):Le(l,[0,0],[-1,s])),xe(ao(l,this.c128),t)}_rows(e,t){return e.t?so(e.t,t):this._unpack(so(e.packed,t),so(e.scale,t),1,t.shape[0],e.cols)}_norm(e,t=null){let n;if(this.plan.norm.layer){let r=ao(e,Gs(e,-1,!0));n=xe(r,Ba(De(Gs(hn(r),-1,!0),this.eps)))}else n=xe(e,Ba(De(Gs(hn(e),-1,!0),this.eps)));return t&&t.weight&&(n=xe(n,t.weight)),t&&t.bias&&(n=De(n,t.bias)),n}_linear(e,t){let n=Ut(e,this._mat(t));return t.bias?De(n,t.bias):n}_swapPairs(e){if(ot()==="cpu")return so(e,this.partner,e.shape.length-1);let t=this.D;return $e(Ut($e(e,[-1,t]),this.partnerMatrix),e.shape)}_mlpIn(e,t){let n=this.spec.activation.kind,r=t.wgate??t.wfc,s;n==="relu"||n==="relu2"?s=r.t?hu.matMul({a:e,b:r.t,bias:r.bias??void 0,activation:"relu"}):du(this._linear(e,r)):s=this._linear(e,r);let a=this._act(s,t);return t.wgate?xe(a,this._linear(e,t.wfc)):a}_act(e,t){switch(this.spec.activation.kind){case"relu2":return hn(e);case"relu":return e;case"silu":return xe(e,fn(e));case"gelu_tanh":return xe(e,fn(xe(this.geluC,De(e,xe(this.geluA,xe(e,hn(e)))))));case"gelu_erf":return xe(xe(this.half,e),De(1,su(xe(e,this.invSqrt2))));case"eml":{let n=au(uu(e,this.emlClamp));return ao(n,iu(cu(ao(n,t.logK),this.emlFloor)))}default:throw new Error(`unsupported activation ${this.spec.activation.kind}`)}}_embed(e,t,n,r){let s=this._rows(this.wte,e);this.wpe&&(s=De(s,this._rows(this.wpe,pu(n,n+t,1,"int32")))),this.embedNorm&&(s=this._norm(s,this.embedNorm));let a=s;if(this.spec.smear){let i=this.spec.smear.channels,c,u;if(n>0){if(!r)throw new Error("GPT: cache is missing the previous embedding row needed by smear");c=t>1?ro([r,Le(s,[0,0],[t-1,-1])],0):r,u=s}else t>1&&(c=Le(s,[0,0],[t-1,-1]),u=Le(s,[1,0],[t-1,-1]));if(c){let l=fn(this._linear(Le(u,[0,0],[-1,i]),this.smearGate)),p=De(u,xe(xe(this.smearLambda,l),c));a=n>0?p:ro([Le(s,[0,0],[1,-1]),p],0)}}return{x:a,raw:s}}_block(e,t,n,r,s,a,i,c,u){let l=this.spec,{H:p,KV:d,D:f,G:h}=this,m=t.shape[0],A=e.index;e.resid&&(t=De(xe(e.resid,t),xe(e.x0,n)));let g=this._norm(t,e.attnNorm),x=this._linear(g,e.wqkv),[b,y]=Pa(x,[(p+d)*f,d*f],1),I=$e(y,[m,d,f]);if(e.ve){let $=l.value_embed.gate_channels,F=xe(this.gateScale,fn(this._linear(Le(g,[0,0],[m,$]),e.veGate)));I=De(I,xe($e(F,[m,d,1]),$e(this._rows(e.ve,r),[m,d,f])))}let k=$e(b,[m,p+d,f]),E=l.qk_norm?{weight:e.qkNormW,bias:null}:null;E&&l.qk_norm.order==="before_rope"&&(k=this._norm(k,E)),s&&(k=De(xe(k,s),xe(this._swapPairs(k),a))),E&&l.qk_norm.order==="after_rope"&&(k=this._norm(k,E)),this.qkScale&&(k=xe(k,this.qkScale));let[_,S]=Pa(k,[p,d],1);u(`blocks.${A}.attn.q`,_),u(`blocks.${A}.attn.k`,S),u(`blocks.${A}.attn.v`,I);let v=m===1?$e(_,[d,h,f]):$e(Vt(_,[1,0,2]),[d,h*m,f]),T=m===1?$e(S,[d,1,f]):Vt(S,[1,0,2]),N=m===1?$e(I,[d,1,f]):Vt(I,[1,0,2]);i&&(T=ro([i.k,T],1),N=ro([i.v,N],1));let D=$=>this.sqrtD?Ta($,this.sqrtD):xe($,this.attnScale),P;if(m===1||ot()!=="wasm"){let $=D(Ut(v,T,!1,!0));c&&($=De($,c)),P=Ut(Fa($),N)}else{let $=d===1?[$e(v,[h*m,f])]:Hs(v),F=d===1?[Vt($e(T,[-1,f]))]:Hs(Vt(T,[0,2,1])),Q=d===1?[$e(N,[-1,f])]:Hs(N),V=$.map((W,z)=>{let H=D(Ut(W,F[z]));return c&&(H=De(H,c)),Ut(Fa(H),Q[z])});P=d===1?$e(V[0],[1,h*m,f]):fu(V)}let B=m===1?$e(P,[1,p*f]):$e(Vt($e(P,[p,m,f]),[1,0,2]),[m,p*f]),O=this._linear(B,e.wproj);u(`blocks.${A}.attn_out`,O),t=De(t,O);let M=this._linear(this._mlpIn(this._norm(t,e.mlpNorm),e),e.wdown);return u(`blocks.${A}.mlp_out`,M),t=De(t,M),u(`blocks.${A}.out`,t),{x:t,k:T,v:N}}_run(e,t,n,r){let s=this.spec,a=e.length,{G:i}=this,c=r.taps,u={},l=new Set,p=x=>!!c&&(c===!0||c.has(x)),d=(x,b)=>{p(x)&&(u[x]=b)};this.plan.rope&&this._growRope(t+a);let f=()=>Object.values(u).forEach(x=>{Zl(x),l.add(x)}),h=null,m=null,A=null,g=[];try{h=io(Int32Array.from(e),"int32");let x=this.D;this.plan.rope&&(m=Oa(this._ropeC.subarray(t*x,(t+a)*x),[a,1,x],"float32"),A=Oa(this._ropeS.subarray(t*x,(t+a)*x),[a,1,x],"float32"));let b=no(()=>{let S=this._embed(h,a,t,n?n.prevX:null);return d("embed",S.x),f(),{x:S.x,lastRaw:r.keepKV?Le(S.raw,[a-1,0],[1,-1]):null}}),y=b.x;l.add(y),b.lastRaw&&l.add(b.lastRaw);let I=y,k=null;for(let S of this.layers){let v=n&&n.layers[S.index].len>0?n.layers[S.index]:null,T=(v?v.len:0)+a,N=Jp(t,a,t+a-T,T,S.plan.window,i),D=no(()=>{let P=N?et(N,[i*a,T],"float32"):null,B=this._block(S,I,y,h,m,A,v,P,d);return f(),r.keepKV?B:{x:B.x}});I!==y&&I!==k&&!Object.values(u).includes(I)&&(I.dispose(),l.delete(I)),I=D.x,l.add(I),r.keepKV&&(g.push({k:D.k,v:D.v,len:D.k.shape[1]}),l.add(D.k),l.add(D.v)),s.backout&&S.index===s.backout.layer&&(k=I)}let E=no(()=>{let S=I;k&&(S=ao(S,xe(this.backoutLambda,k)));let v=r.allPositions||p("logits"),T=p("final_norm");!v&&!T&&a>1&&(S=Le(S,[a-1,0],[1,-1])),S=this._norm(S,this.finalNorm),d("final_norm",S),!v&&S.shape[0]>1&&(S=Le(S,[a-1,0],[1,-1]));let N=this._linear(S,this.lmHead);return this.softcap&&(N=xe(this.softcap,ru(Ta(N,this.softcap)))),d("logits",N),f(),N});l.add(E);let _=new Set([E,...Object.values(u)]);b.lastRaw&&_.add(b.lastRaw);for(let S of g)_.add(S.k),_.add(S.v);for(let S of l)_.has(S)||S.dispose();return{logits:E,newKV:g,lastRaw:b.lastRaw,taps:u}}catch(x){for(let b of l)b.isDisposed||b.dispose();throw x}finally{for(let x of[h,m,A])x&&!x.isDisposed&&x.dispose()}}async _collect(e,t){if(t){let s=io(Int32Array.from(t),"int32");try{let a={},i=new Map;for(let[c,u]of Object.entries(e.taps))i.has(u)||i.set(u,so(u,s,0)),a[c]=i.get(u);for(let c of new Set(Object.values(e.taps)))c!==e.logits&&c.dispose();e={...e,taps:a}}finally{s.dispose()}}let n={},r=new Set([...Object.values(e.taps),e.logits]);try{let s=ot(),a=s==="cpu"||s==="wasm",i=async c=>a?c.dataSync():c.data();for(let[c,u]of Object.entries(e.taps))n[c]={shape:u.shape.slice(),data:await i(u)};return{logits:await i(e.logits),rows:e.logits.shape[0],taps:n}}finally{for(let s of r)s.dispose()}}createCache(){let e=()=>({k:null,v:null,len:0});return{pos:0,layers:this.layers.map(e),prevX:null,disposed:!1,engine:this,dispose(){for(let t of this.layers)td(t);this.layers=this.layers.map(e),this.prevX&&this.prevX.dispose(),this.prevX=null,this.disposed=!0},sizes(){return this.layers.map(t=>t.len)}}}async pass(e,t,n,r){if(this.disposed)throw new Error("GPT: model has been disposed");let s=r.rows==="all";if(!n){let i=this._run(e,0,null,{taps:r.taps,allPositions:s});return this._collect({logits:i.logits,taps:i.taps},r.tapRows)}let a=this._run(e,t,n.pos>0?n:null,{taps:r.taps,allPositions:s,keepKV:!0});for(let i=0;i<n.layers.length;i++){let c=a.newKV[i],u=Math.min(this.plan.layers[i].maxKeep,c.len),l=c;if(u===0)l={k:null,v:null,len:0};else if(u!==c.len){let p=c.len-u;l={k:Le(c.k,[0,p,0],[-1,u,-1]),v:Le(c.v,[0,p,0],[-1,u,-1]),len:u}}l!==c&&td(c),td(n.layers[i]),n.layers[i]=l}return n.prevX&&n.prevX.dispose(),n.prevX=a.lastRaw,n.pos=t+e.length,this._collect({logits:a.logits,taps:a.taps},r.tapRows)}};var lw=Object.freeze(["auto","wasm","tfjs"]);function od(o="auto"){if(!lw.includes(o))throw new Error(`GPT: options.executor must be one of ${lw.join(", ")}, got ${JSON.stringify(o)}`);if(o==="wasm"){if(!Gp())throw new Error("GPT: the wasm executor needs WebAssembly SIMD, which this engine does not support");return"wasm"}return o==="tfjs"?"tfjs":ot()==="wasm"&&Gp()?"wasm":"tfjs"}function uw(o,e,t,n={}){return o==="wasm"?new tl(e,t,n):new ol(e,t,n)}var pw="emlx.parity-certificate",dw=1,GB=[".safetensors.index.json",".safetensors",".json",".onnx"];function HB(o){let e=o instanceof URL?o.href:String(o),t=e.search(/[?#]/),n=t<0?e:e.slice(0,t),r=GB.find(s=>n.endsWith(s));if(!r)throw new Error(`selfTest: cannot tell the certificate of ${e} (not a .json, .safetensors or .onnx bundle); pass it`);return n.slice(0,n.length-r.length)+".parity.json"}function nl(o){return typeof o=="number"&&Number.isFinite(o)}function fw(o,e="certificate"){let t=r=>new Error(`${e}: ${r}`);if(!o||typeof o!="object"||o.format!==pw)throw t(`not a parity certificate (format "${pw}" expected)`);if(o.version!==dw)throw t(`version ${JSON.stringify(o.version)}; this emlx reads version ${dw}`);if(!o.bundle_identity||typeof o.bundle_identity.weights_sha256!="string")throw t("bundle_identity.weights_sha256 missing");if(!nl(o.atol)||o.atol<=0)throw t(`atol must be a positive number, got ${JSON.stringify(o.atol)}`);let n=o.probe;if(!n||!Array.isArray(n.ids)||n.ids.length===0||!n.ids.every(r=>Number.isInteger(r)&&r>=0))throw t("probe.ids must be token ids");if(!Array.isArray(n.slice)||n.slice.length!==2||!n.slice.every(Number.isInteger))throw t("probe.slice must be [start, end]");if(!Array.isArray(n.rows)||n.rows.length===0)throw t("probe.rows must be a non-empty list");for(let r of n.rows){if(!Number.isInteger(r.row)||r.row<0||r.row>=n.ids.length)throw t(`probe row ${JSON.stringify(r.row)} outside the ${n.ids.length} ids`);if(!Array.isArray(r.top)||!r.top.every(s=>Array.isArray(s)&&Number.isInteger(s[0])&&nl(s[1])))throw t(`probe row ${r.row}: top must be [[id, logit], ...]`);if(!Array.isArray(r.slice)||r.slice.length!==n.slice[1]-n.slice[0]||!r.slice.every(nl))throw t(`probe row ${r.row}: slice must hold ${n.slice[1]-n.slice[0]} logits`);if(!Number.isInteger(r.argmax))throw t(`probe row ${r.row}: argmax must be a token id`)}if(!Array.isArray(o.passed))throw t("passed must be a list");return o}async function qB(o,e={}){if(o&&typeof o=="object"&&!(o instanceof URL))return fw(o);let t=o instanceof URL?o.href:String(o),n;try{n=await Pp(t,e)}catch(r){throw new Error(`selfTest: cannot read the parity certificate ${t}: ${String(r&&r.message?r.message:r).split(`
`)[0]}`)}return fw(n,t)}async function KB(o=at.getBackend()){try{if(o==="webgpu"){let e=at.backend().adapterInfo??{},t=[e.vendor,e.architecture,e.device,e.description].filter(n=>n);return t.length?t.join(" "):null}if(o==="webgl"){let e=at.backend().gpgpu&&at.backend().gpgpu.gl;if(!e)return null;let t=e.getExtension("WEBGL_debug_renderer_info");return String(t?e.getParameter(t.UNMASKED_RENDERER_WEBGL):e.getParameter(e.RENDERER))}if(o==="wasm"){let e=Wc();return`wasm${e.wasm_simd?" simd":""}${e.wasm_threads?" threads":""}`}}catch{}return null}function XB(o,e,t){let n=0;for(let r=1;r<t;r++)o[e+r]>o[e+n]&&(n=r);return n}function jB(o,e,t){let{probe:n,atol:r}=o,s=n.ids.length;if(e.length!==s*t)return{passed:!1,maxAbsDiff:null,compared:0,reason:`the model returned ${e.length} logits for ${s} ids x ${t}`,rows:[]};let a=0,i=0,c=null,u=[];for(let l of n.rows){let p=l.row*t,d=0,f=(A,g)=>{let x=e[p+A],b=Number.isFinite(x)?Math.abs(x-g):1/0;b<=d||(d=b),i++};for(let[A,g]of l.top){if(A>=t)return{passed:!1,maxAbsDiff:null,compared:i,reason:`probe id ${A} outside the model's vocabulary (${t})`,rows:u};f(A,g)}l.slice.forEach((A,g)=>f(n.slice[0]+g,A));let h=XB(e,p,t),m=nl(l.margin)&&l.margin<=r;h!==l.argmax&&!m&&c===null&&(c=`row ${l.row}: argmax ${h}, the reference's is ${l.argmax} (margin ${l.margin})`),d<=a||(a=d),u.push({row:l.row,maxAbsDiff:d,argmax:h,refArgmax:l.argmax})}if(c===null&&!(a<=r)){let l=u.reduce((p,d)=>d.maxAbsDiff>p.maxAbsDiff||!Number.isFinite(d.maxAbsDiff)?d:p);c=`max|Δlogit| ${a.toPrecision(3)} > atol ${r} (row ${l.row})`}return{passed:c===null&&i>0,maxAbsDiff:a,compared:i,reason:i>0?c:"nothing compared",rows:u}}async function hw(o,e,t={}){let n=e;if(n==null){let m=o&&o.meta&&o.meta.files;if(!Array.isArray(m)||!m.length)throw new Error("selfTest: the model was not loaded from a file or URL, so its certificate cannot be found next to it; pass the certificate (URL or object)");n=HB(m[0])}let r=await qB(n,t),s=at.getBackend(),a=await KB(s),i=r.passed.some(m=>m.backend===s),c={atol:r.atol,backend:s,adapter:a,certified:i},u=o&&o.meta?o.meta.weights_sha256:void 0;if(u!==r.bundle_identity.weights_sha256)return{...c,passed:!1,maxAbsDiff:null,ms:0,rows:[],reason:`the certificate is for other weights (${String(r.bundle_identity.weights_sha256).slice(0,12)}…, the model has ${String(u).slice(0,12)}…)`};let l=()=>typeof performance<"u"?performance.now():Date.now(),p=l(),{logits:d}=await o.forward(r.probe.ids),f=jB(r,d,o.spec.vocab_size),h=l()-p;return{...c,passed:f.passed,maxAbsDiff:f.maxAbsDiff,ms:h,reason:f.reason,rows:f.rows}}var mw=Object.freeze(["auto","packed","float32"]),YB=1<<30,Fe=class Fe{constructor(e,t={}){if(e===Fe._streaming)return;if(!e||!e.config||!e.weights)throw new Error("GPT: expected a loaded bundle ({config, weights})");let n=e.weights;this._setup(e.config,Object.fromEntries(Object.entries(n).map(([r,s])=>[r,{shape:s.shape,dtype:s.dtype,q4:s.q4}])),t),this.meta=Fe._meta(e);try{for(let r of Object.keys(n).sort())this.executor.accept(r,n[r]);this.executor.finish()}catch(r){throw this.executor.dispose(),r}this.disposed=!1}static async fromSource(e,t={}){let n=new Fe(Fe._streaming);n._setup(e.config,e.tensors,t),n.meta=Fe._meta(e);try{for(let r of e.names)n.executor.accept(r,await e.read(r));n.executor.finish(),await e.verify(),Object.assign(n.meta,{verified:e.verified,integrity:e.integrity})}catch(r){throw n.executor.dispose(),r}finally{e.close()}return n.disposed=!1,n}static _meta(e){return Object.fromEntries(["format","version","tokenizer","training","source","weights_sha256","bundle_sha256","generated_by","container","files","verified","integrity"].map(n=>[n,e[n]??null]))}_setup(e,t,n){let r=ha(e);this.spec=r,this.config=r;let s=n.int8??Fe.defaults.int8;if(!mw.includes(s))throw new Error(`GPT: options.int8 must be one of ${mw.join(", ")}, got ${JSON.stringify(s)}`);let a=od(n.executor??Fe.defaults.executor),i=Pc(r,Object.fromEntries(Object.entries(t).map(([p,d])=>[p,d.shape])));if(i.length)throw new Error(`GPT: bundle weights do not match its config: ${i.join("; ")}`);let c=Object.values(t).some(p=>p.dtype==="int8"),u=Object.values(t).some(p=>p.dtype==="q4"),l;if(a==="wasm"&&(c||u))l=s==="float32"?"float32":u?"q4":"int8";else if(!c)l="none";else{let p=Object.values(t).reduce((d,f)=>d+4*f.shape.reduce((h,m)=>h*m,1),0);l=s==="auto"?p>YB?"packed":"float32":s}this.int8Mode=l,this.executor=uw(a,r,t,{int8:l,sharedMemory:n.sharedMemory??Fe.defaults.sharedMemory,threads:n.threads??Fe.defaults.threads,threadsMinWork:n.threadsMinWork,threadsSpin:n.threadsSpin})}get engine(){return this.executor.kind==="emlx-wasm-kernels"?this.executor:null}get vocabSize(){return this.spec.vocab_size}get residentWeightBytes(){return this.executor.residentWeightBytes}dispose(){this.disposed||(this.executor.dispose(),this.disposed=!0)}_check(e){if(this.disposed)throw new Error("GPT: model has been disposed");if(!Array.isArray(e)&&!ArrayBuffer.isView(e))throw new Error("GPT: ids must be an array of integers");let t=this.spec.padded_vocab_size;for(let n of e)if(!Number.isInteger(n)||n<0||n>=t)throw new Error(`GPT: token id ${n} is outside [0, ${t})`)}_checkPositions(e){if(this.spec.embed.positions==="learned"&&e>this.spec.sequence_len)throw new Error(`GPT: position ${e-1} is past the ${this.spec.sequence_len} learned positions of this model (sequence_len)`)}static _rows(e,t){if(e==null)return null;if(!Array.isArray(e)||!e.every((n,r)=>Number.isInteger(n)&&n>=0&&n<t&&(r===0||n>e[r-1])))throw new Error(`GPT: tapRows must be sorted distinct positions in [0, ${t})`);return e}static _tapSet(e){if(!e)return null;if(e===!0)return!0;if(Array.isArray(e))return new Set(e);throw new Error("GPT: taps must be true or a list of tap names")}_result(e,t){let n=[e.rows,this.spec.vocab_size];return{logits:t?et(e.logits,n):e.logits,shape:n,taps:e.taps}}async forward(e,t={}){if(this._check(e),e.length===0)throw new Error("GPT: forward needs at least one token");this._checkPositions(e.length);let n=await this.executor.pass(Array.from(e),0,null,{taps:Fe._tapSet(t.taps),tapRows:Fe._rows(t.tapRows,e.length),rows:t.lastOnly?"last":"all"});return this._result(n,t.returnTensor)}createCache(){let e=this.executor.createCache();return e.model=this,e}async step(e,t,n={}){if(!e||e.model!==this)throw new Error("GPT: step needs a cache from this model's createCache()");if(e.disposed)throw new Error("GPT: the cache has been disposed");if(this._check(t),t.length===0)throw new Error("GPT: step needs at least one token");let r=t.length;this._checkPositions(e.pos+r);let s=await this.executor.pass(Array.from(t),e.pos,e,{taps:Fe._tapSet(n.taps),tapRows:Fe._rows(n.tapRows,r),rows:n.allPositions?"all":"last"}),a=this._result(s,n.returnTensor);return a.pos=e.pos,a}selfTest(e,t){return hw(this,e,t)}async generate(e,t,n={}){let r=this.createCache(),s=n.temperature??0,a=JB(n.seed??2654435769),i=new Set(n.stopIds??[]),c=[];try{let u=await this.step(r,Array.from(e));for(let l=0;l<t;l++){let p=s>0?ZB(u.logits,s,n.topK??0,a):Xy(u.logits);if(c.push(p),n.onToken&&await n.onToken(p,l)===!1||i.has(p)||l===t-1)break;u=await this.step(r,[p])}}finally{r.dispose()}return{ids:c,all:[...e,...c]}}};pe(Fe,"_streaming",Symbol("streaming")),pe(Fe,"defaults",{int8:"auto",executor:"auto",sharedMemory:!1,threads:1});var $o=Fe;function JB(o){let e=o>>>0;return()=>{e=e+1831565813>>>0;let t=e;return t=Math.imul(t^t>>>15,t|1),t^=t+Math.imul(t^t>>>7,t|61),((t^t>>>14)>>>0)/4294967296}}function ZB(o,e,t,n){let r=Array.from(o.keys()),s=r;t>0&&t<o.length&&(s=r.sort((l,p)=>o[p]-o[l]).slice(0,t));let a=-1/0;for(let l of s)a=Math.max(a,o[l]);let i=s.map(l=>Math.exp((o[l]-a)/e)),c=i.reduce((l,p)=>l+p,0),u=n()*c;for(let l=0;l<s.length;l++)if(u-=i[l],u<=0)return s[l];return s[s.length-1]}async function eF(o,e={}){return e.backend&&await wa(e.backend,e),o&&o.config&&o.weights&&o.container?new $o(o,e):od(e.executor??$o.defaults.executor)==="wasm"?$o.fromSource(await zc(o,e),e):new $o(await Up(o,e),e)}var Cw=fd(xw(),1);var cF=Object.defineProperty,lF=(o,e,t)=>e in o?cF(o,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):o[e]=t,uF=(o,e,t)=>(lF(o,typeof e!="symbol"?e+"":e,t),t);function pF(o,e){let t=Array.from({length:o.length},(n,r)=>({start:r,end:r+1}));for(;t.length>1;){let n=null;for(let r=0;r<t.length-1;r++){let s=o.slice(t[r].start,t[r+1].end),a=e.get(s.join(","));a!=null&&(n==null||a<n[0])&&(n=[a,r])}if(n!=null){let r=n[1];t[r]={start:t[r].start,end:t[r+1].end},t.splice(r+1,1)}else break}return t}function dF(o,e){return o.length===1?[e.get(o.join(","))]:pF(o,e).map(t=>e.get(o.slice(t.start,t.end).join(","))).filter(t=>t!=null)}function fF(o){return o.replace(/[\\^$*+?.()|[\]{}]/g,"\\$&")}var rd=class{constructor(o,e){pe(this,"specialTokens");pe(this,"inverseSpecialTokens");pe(this,"patStr");pe(this,"textEncoder",new TextEncoder);pe(this,"textDecoder",new TextDecoder("utf-8"));pe(this,"rankMap",new Map);pe(this,"textMap",new Map);this.patStr=o.pat_str;let t=o.bpe_ranks.split(`
`).filter(Boolean).reduce((n,r)=>{let[s,a,...i]=r.split(" "),c=Number.parseInt(a,10);return i.forEach((u,l)=>n[u]=c+l),n},{});for(let[n,r]of Object.entries(t)){let s=Cw.default.toByteArray(n);this.rankMap.set(s.join(","),r),this.textMap.set(r,s)}this.specialTokens={...o.special_tokens,...e},this.inverseSpecialTokens=Object.entries(this.specialTokens).reduce((n,[r,s])=>(n[s]=this.textEncoder.encode(r),n),{})}encode(o,e=[],t="all"){let n=new RegExp(this.patStr,"ug"),r=rd.specialTokenRegex(Object.keys(this.specialTokens)),s=[],a=new Set(e==="all"?Object.keys(this.specialTokens):e),i=new Set(t==="all"?Object.keys(this.specialTokens).filter(u=>!a.has(u)):t);if(i.size>0){let u=rd.specialTokenRegex([...i]),l=o.match(u);if(l!=null)throw new Error(`The text contains a special token that is not allowed: ${l[0]}`)}let c=0;for(;;){let u=null,l=c;for(;r.lastIndex=l,u=r.exec(o),!(u==null||a.has(u[0]));)l=u.index+1;let p=u?.index??o.length;for(let f of o.substring(c,p).matchAll(n)){let h=this.textEncoder.encode(f[0]),m=this.rankMap.get(h.join(","));if(m!=null){s.push(m);continue}s.push(...dF(h,this.rankMap))}if(u==null)break;let d=this.specialTokens[u[0]];s.push(d),c=u.index+u[0].length}return s}decode(o){let e=[],t=0;for(let s=0;s<o.length;++s){let a=o[s],i=this.textMap.get(a)??this.inverseSpecialTokens[a];i!=null&&(e.push(i),t+=i.length)}let n=new Uint8Array(t),r=0;for(let s of e)n.set(s,r),r+=s.length;return this.textDecoder.decode(n)}},sl=rd;uF(sl,"specialTokenRegex",o=>new RegExp(o.map(e=>fF(e)).join("|"),"g"));var hF=["a","1"," ",`
`,"!","一","é","'","a ",`\r
`],mF=["!","a"," ",`
`,"\0",""];var bw=globalThis.process&&typeof globalThis.process.cpuUsage=="function"?globalThis.process.cpuUsage:null;function yw(){if(bw){let o=bw();return(o.user+o.system)/1e3}return globalThis.performance?globalThis.performance.now():Date.now()}function ww(o,e){let t=yw();return o.lastIndex=0,e.match(o),o.lastIndex=0,yw()-t}function al(o,e){for(let t of hF)for(let n of mF)for(let r=8;r<=48;r+=2){let s=t.repeat(r)+n,a=ww(o,s);for(let i=0;i<2&&a>40;i++)a=Math.min(a,ww(o,s));if(a>40){let i=new Error(`tokenizer: ${e} backtracks catastrophically in JS (${a.toFixed(0)} ms on ${JSON.stringify(s.slice(0,12))}... of ${s.length} characters, where a sound pattern takes microseconds): it would stall a page; rewrite it without nested quantifiers over the same characters`);throw i.code="EMLX_PATTERN_BACKTRACKS",i}}}var Iw=1<<20,kw=2**32-1,gF=2e3;function Ew(o){if(typeof o!="string")throw new Error(`tokenizer: mergeable_ranks must be a string in tiktoken file format, got ${typeof o}`);let e=[],t=new Set,n=new Set,r=o.split(`
`);if(r.length>Iw+1)throw new Error(`tokenizer: mergeable_ranks holds more than ${Iw} tokens (the largest tiktoken vocabularies have ~200k)`);for(let s=0;s<r.length;s++){let a=r[s].replace(/\r$/,"");if(a==="")continue;let i=a.split(" ");if(i.length!==2||!/^\d+$/.test(i[1]))throw new Error(`tokenizer: mergeable_ranks line ${s+1} is not "<base64 bytes> <rank>": ${JSON.stringify(a.slice(0,80))}`);let c=Number(i[1]);if(!(c<=kw))throw new Error(`tokenizer: mergeable_ranks line ${s+1} has the rank ${i[1].slice(0,30)}, above ${kw}`);let u=yo(i[0],`tokenizer: mergeable_ranks line ${s+1}`);if(u.length===0)throw new Error(`tokenizer: mergeable_ranks line ${s+1} is an empty token`);if(t.has(c))throw new Error(`tokenizer: rank ${c} appears twice in mergeable_ranks`);if(n.has(i[0]))throw new Error(`tokenizer: token ${i[0]} appears twice in mergeable_ranks`);t.add(c),n.add(i[0]),e.push({bytes:u,b64:i[0],rank:c})}return e.sort((s,a)=>s.rank-a.rank),e}function AF(o){let e=new Set(o.filter(t=>t.bytes.length===1).map(t=>t.bytes[0]));for(let t=0;t<256;t++)if(!e.has(t))throw new Error(`tokenizer: mergeable_ranks has no token for the single byte 0x${t.toString(16).toUpperCase().padStart(2,"0")}; a byte-level BPE needs all 256 single bytes; re-export the bundle from the tokenizer the model was trained with`)}function _w(o){let e=[],t=null;for(let n of o)t&&n.rank===t.start+t.tokens.length?t.tokens.push(n.b64):(t&&e.push(`! ${t.start} ${t.tokens.join(" ")}`),t={start:n.rank,tokens:[n.b64]});return t&&e.push(`! ${t.start} ${t.tokens.join(" ")}`),e.join(`
`)}function xF(o){if(o===null||typeof o!="object")throw new Error("tokenizer: the bundle has no tokenizer block");for(let t of["pat_str_js","mergeable_ranks","special_tokens"])if(!(t in o))throw new Error(`tokenizer: block is missing "${t}"`);if(typeof o.pat_str_js!="string")throw new Error("tokenizer: pat_str_js must be a string");let e=o.special_tokens;if(e===null||typeof e!="object"||Array.isArray(e))throw new Error("tokenizer: special_tokens must be an object {text: id}");for(let[t,n]of Object.entries(e))if(!Number.isInteger(n)||n<0)throw new Error(`tokenizer: special token ${JSON.stringify(t)} has id ${JSON.stringify(n)}`)}function CF(o,e){return[...o].sort().join("")===[...e].sort().join("")}var il=class{constructor(e,t={}){xF(e),this.block=e,this.name=e.name??null,this.specialTokens={...e.special_tokens},this.bosToken=e.bos_token??null,this.bosId=e.bos_id??(this.bosToken!=null?this.specialTokens[this.bosToken]:null)??null;let n=Ew(e.mergeable_ranks);AF(n),this.nVocab=e.n_vocab??Math.max(n.length?n[n.length-1].rank+1:0,...Object.values(this.specialTokens).map(s=>s+1)),this._bytesById=new Map;for(let s of n)this._bytesById.set(s.rank,s.bytes);let r=new TextEncoder;for(let[s,a]of Object.entries(this.specialTokens)){if(this._bytesById.has(a))throw new Error(`tokenizer: special token ${JSON.stringify(s)} reuses ordinary rank ${a}`);this._bytesById.set(a,r.encode(s))}this.flags=e.pat_flags_js??"gu";try{this._regex=new RegExp(e.pat_str_js,this.flags.includes("g")?this.flags:this.flags+"g")}catch(s){throw new Error(`tokenizer: pat_str_js does not compile as a JS RegExp with flags "${this.flags}": ${s.message}`)}if(al(this._regex,`the split pattern ${JSON.stringify(e.pat_str_js.slice(0,60))}`),this.engine=t.engine??"js-tiktoken",this.engine==="js-tiktoken"){if(!CF(this.flags.includes("g")?this.flags:this.flags+"g","gu"))throw new Error(`tokenizer: js-tiktoken compiles the pattern with flags "gu", but the bundle asks for "${this.flags}"; use {engine: 'tiktoken'}`);this._impl=new sl({pat_str:e.pat_str_js,special_tokens:this.specialTokens,bpe_ranks:_w(n)}),this._wasm=null,this._guardRanks()}else if(this.engine==="tiktoken"){if(!t.tiktokenModule)throw new Error("tokenizer: engine 'tiktoken' needs Tokenizer.create() (async) or {tiktokenModule}");let s=t.tiktokenModule.Tiktoken;if(typeof e.pat_str!="string")throw new Error("tokenizer: engine 'tiktoken' needs the original pat_str in the block");this._wasm=new s(e.mergeable_ranks,this.specialTokens,e.pat_str),this._impl=null}else throw new Error(`tokenizer: unknown engine ${JSON.stringify(this.engine)} (expected 'js-tiktoken' or 'tiktoken')`)}_guardRanks(){let e=this._impl.rankMap,t=e.get.bind(e),n=0;e.get=r=>((++n&255)===0&&this._tick(),t(r))}_tick(){if(this._deadline!==void 0&&Sw()>this._deadline){let e=new Error(`tokenizer: encode of a ${this._length}-character text ran past its ${this._budget} ms time budget; split the text, or raise the budget with {timeBudgetMs} (Infinity: none)`);throw e.code="EMLX_TOKENIZER_BUDGET",e}}encode(e,{special:t="none",template:n=!1,timeBudgetMs:r=gF}={}){if(!(typeof r=="number"&&r>0))throw new Error(`tokenizer: timeBudgetMs must be a positive number (Infinity: none), got ${JSON.stringify(r)}`);let s;this._budget=r,this._length=e.length,this._deadline=Sw()+r;try{if(t==="none"||Array.isArray(t)&&t.length===0)s=this._impl?this._impl.encode(e,[],[]):Array.from(this._wasm.encode_ordinary(e));else{if(t!=="all"&&!Array.isArray(t))throw new Error(`tokenizer: special must be 'all', 'none' or a list, got ${JSON.stringify(t)}`);s=this._impl?this._impl.encode(e,t,[]):Array.from(this._wasm.encode(e,t,[]))}}finally{this._deadline=void 0}return n&&this.bosId!=null&&s.unshift(this.bosId),s}encodeOrdinary(e,t={}){return this.encode(e,{...t,special:"none",template:!1})}decodeBytes(e){let t=[],n=0;for(let a of e){let i=this._bytesById.get(a);if(i===void 0)throw new Error(`tokenizer: id ${a} is not in the vocabulary`);t.push(i),n+=i.length}let r=new Uint8Array(n),s=0;for(let a of t)r.set(a,s),s+=a.length;return r}decode(e){return new TextDecoder("utf-8",{ignoreBOM:!0}).decode(this.decodeBytes(e))}decodeStream(){let e=new TextDecoder("utf-8",{ignoreBOM:!0});return{write:t=>e.decode(this.decodeBytes(typeof t=="number"?[t]:t),{stream:!0}),flush:()=>e.decode()}}dispose(){this._wasm&&typeof this._wasm.free=="function"&&this._wasm.free(),this._wasm=null}};function Sw(){return globalThis.performance?globalThis.performance.now():Date.now()}var bF=class{constructor(o){this.trie=this._build_trie(o)}_build_trie(o){let e=Object.create(null);for(let t of o){let n=e;for(let r=0;r<t.length;++r){let s=t[r];n=n[s]??(n[s]=Object.create(null))}n.end=t}return e}split(o){let e=[],t=o.length,n=0,r=0;for(;r<t;){let s=this.trie,a=null,i=r;for(;i<t&&(s=s[o[i]]);)s.end&&(a=s.end),++i;a?(r>n&&e.push(o.slice(n,r)),e.push(a),r+=a.length,n=r):++r}return n<t&&e.push(o.slice(n)),e}},vw=bF,yF=class{constructor(o){this.content=o.content,this.id=o.id,this.single_word=o.single_word??!1,this.lstrip=o.lstrip??!1,this.rstrip=o.rstrip??!1,this.special=o.special??!1,this.normalized=o.normalized??!this.special}},wF=yF,Lw=(o,e)=>{try{return new RegExp(o,e)}catch(t){if(!(t instanceof SyntaxError))throw t;let n=new Map,r=o.replace(/(\\[pP])\{([^}=]+)\}/g,(s,a,i,c)=>{let u=0;for(let p=c-1;p>=0&&o[p]==="\\";--p)++u;if(u%2===1)return s;let l=n.get(i);if(l===void 0){try{new RegExp(`\\p{${i}}`,"u"),l=i}catch{l=`Script=${i}`}n.set(i,l)}return`${a}{${l}}`});if(r===o)throw t;try{return new RegExp(r,e)}catch{throw t}}},ad=o=>o.replace(/ \./g,".").replace(/ \?/g,"?").replace(/ \!/g,"!").replace(/ ,/g,",").replace(/ \' /g,"'").replace(/ n't/g,"n't").replace(/ 'm/g,"'m").replace(/ 's/g,"'s").replace(/ 've/g,"'ve").replace(/ 're/g,"'re"),pl=(o,e=!0)=>{if(o.Regex!==void 0){let t=MF(PF(o.Regex));return Lw(t,"gu")}else if(o.String!==void 0){let t=QF(o.String);return new RegExp(e?t:`(${t})`,"gu")}else return console.warn("Unknown pattern type:",o),null},Vn="\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}",Mw=`${Vn}\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE`,kt=`[${Mw}]`,Qw=`[^${Mw}]`,IF=`(?:(?<!${kt})(?=${kt})|(?<=${kt})(?!${kt}))`,kF=`(?:(?<!${kt})(?!${kt})|(?<=${kt})(?=${kt}))`,SF="(?:(?<![\\s\\S])|(?<=\\n))",EF="(?:(?=\\n)|(?![\\s\\S]))",ka="0-9A-Fa-f",_F=new Map([["A","(?<![\\s\\S])"],["z","(?![\\s\\S])"],["Z","(?=\\n?(?![\\s\\S]))"],["h",`[${ka}]`],["H",`[^${ka}]`],["w",kt],["W",Qw],["d","\\p{Nd}"],["D","\\P{Nd}"],["s","\\p{White_Space}"],["S","\\P{White_Space}"],["b",IF],["B",kF],["a","\\x07"],["e","\\x1B"]]),vF=new Map([["h",ka],["w",Vn],["d","\\p{Nd}"],["D","\\P{Nd}"],["s","\\p{White_Space}"],["S","\\P{White_Space}"],["a","\\x07"],["e","\\x1B"]]),$F=new Map([["W",`[^${Vn}]`],["H",`[^${ka}]`]]),Uw=new Map([[`
`,"\\n"],["\r","\\r"],["	","\\t"],["\f","\\f"],["\v","\\v"]]),RF=new Map([["alpha","\\p{Alphabetic}"],["alnum","\\p{Alphabetic}\\p{Nd}"],["digit","\\p{Nd}"],["lower","\\p{Lowercase}"],["upper","\\p{Uppercase}"],["space","\\p{White_Space}"],["blank","\\t\\p{Zs}"],["punct","\\p{P}\\p{S}"],["cntrl","\\p{Cc}"],["word",Vn],["xdigit",ka]]),Vw="^$\\.*+?()[]{}|/",NF=/^\(\?(?:<[=!]|<[A-Za-z_][A-Za-z0-9_]*>|[:=!>])/,zw=/^\\([pPxu])\{([^}]*)\}/,TF=/^\{(\d+(?:,\d*)?|,\d+)\}/,DF=/^\[:(\^?)(\p{Alphabetic}+):\]/u,BF=/^\[:\^:\]/,FF=/^\[(?:\.[^\]]*\.\]|=[^\]]*=\])/,Ww=/^(?:\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\c[A-Za-z])/,Gw=o=>o>="A"&&o<="Z"||o>="a"&&o<="z",cl=(o,e)=>String.fromCodePoint(o.codePointAt(e)),$w=o=>{if(!/^[0-9A-Fa-f]{1,8}$/.test(o))return null;let e=Number.parseInt(o,16);if(e>127)return null;let t=String.fromCharCode(e);return Gw(t)?`[${t.toLowerCase()}${t.toUpperCase()}]`:null},PF=o=>o.replace(/\[\^\(\\s\|\[([^\]]+)\]\)\]/g,"[^()|\\s$1]"),Hw="[\\s\\S]",Rw=256,Nw=()=>({fragment:"",alternatives:[],tail:null,contains_complex_set:!1}),id=o=>{throw new SyntaxError(`Unsupported range with a set-valued character-class operand at index ${o}`)},ll=(o,e,t,n=!0)=>{o.tail==="range"&&id(t),o.alternatives.push(e),o.tail="set",o.contains_complex_set=o.contains_complex_set||n},eo=(o,e,t=!1,n=-1)=>{if(t&&o.tail==="range"&&id(n),o.tail==="range"){o.fragment+=e,o.tail="complete_range";return}o.fragment+=e,o.tail=t?"set":"scalar",o.contains_complex_set=o.contains_complex_set||t},OF=(o,e,t)=>{let n=zw.exec(o.slice(e));if(n){let[d,f,h]=n;if(f==="P"&&h==="Word")ll(t,`[^${Vn}]`,e);else{let m=f==="x"?`\\u{${h}}`:f==="p"&&h==="Word"?Vn:d;eo(t,m,f==="p"||f==="P",e)}return e+d.length}let r=Ww.exec(o.slice(e));if(r)return eo(t,r[0]),e+r[0].length;if(e+1>=o.length)throw new SyntaxError(`Unterminated escape in character class at index ${e}`);let s=cl(o,e+1),a=e+1+s.length,i=Uw.get(s);if(i!==void 0)return eo(t,i),a;let c=$F.get(s);if(c!==void 0)return ll(t,c,e),a;let u=vF.get(s),l,p=!1;return u!==void 0?(l=u,p=s!=="a"&&s!=="e"):/[A-Za-z0-9]/.test(s)?l=`\\${s}`:Vw.includes(s)||s==="-"?l=`\\${s}`:l=s,eo(t,l,p,e),a},qw=o=>o.length===1?o[0]:`(?:(?=(?:${o.join("|")}))${Hw})`,Tw=o=>{let e=o.fragment.length===0?o.alternatives:[`[${o.fragment}]`,...o.alternatives];return qw(e)},LF=o=>{let e=Lw(`^(?:${o})$`,"u"),t="";for(let n=0;n<26;++n){let r=String.fromCharCode(65+n),s=String.fromCharCode(97+n),a=e.test(r),i=e.test(s);a!==i&&(t+=a?s:r)}return t},Kw=(o,e,t,n=!0,r=1)=>{if(r>Rw)throw new SyntaxError(`Maximum character-class nesting depth of ${Rw} exceeded at index ${e}`);let s=e+1,a=o[s]==="^";a&&++s;let i=s,c=[Nw()],u=c[0],l=!1;for(;s<o.length;){let p=cl(o,s);if(p==="\\"){s=OF(o,s,u);continue}if(p==="]"){if(s===i){eo(u,"\\]"),++s;continue}if(u.tail===null)throw c.length>1?new SyntaxError(`Malformed character-class intersection with an empty operand at index ${s}`):new SyntaxError(`Empty character class at index ${e}`);let d=c.some(x=>x.contains_complex_set);if(a&&c.length>1&&l)throw new SyntaxError(`Unsupported outer-negated character-class intersection with a nested negated class containing a Unicode property, POSIX class, or shorthand at index ${e}`);let f=Tw(c[0]),h=f;if(c.length>1){let x="";for(let b=1;b<c.length;++b)x+=`(?=${Tw(c[b])})`;h=`(?:${x}${f})`}let m=c.length===1&&u.alternatives.length===0,A=u.fragment;if(t&&n){let x=LF(h);x.length>0&&(m?(A+=x,h=`[${A}]`):h=qw([h,`[${x}]`]))}return{atom:a?m?`[^${A}]`:`(?:(?!${h})${Hw})`:h,end:s+1,negated:a,contains_complex_set:d,contains_nested_negated_complex_set:l}}if(o.startsWith("&&",s)){if(u.tail===null)throw new SyntaxError(`Malformed character-class intersection with an empty operand at index ${s}`);u=Nw(),c.push(u),s+=2;continue}if(p==="["){let d=o.slice(s);if(BF.test(d))throw new SyntaxError(`Malformed empty negated POSIX character class at index ${s}`);let f=DF.exec(d);if(f){let[,m,A]=f,g=RF.get(A);if(g===void 0)throw new SyntaxError(`Unsupported POSIX character class "${A}" at index ${s}`);if(t&&m&&(A==="lower"||A==="upper"))throw new SyntaxError(`Unsupported negated POSIX ${A} class inside an inline case-insensitive group`);m?ll(u,`[^${g}]`,s):eo(u,g,!0,s),s+=f[0].length;continue}if(FF.test(d))throw new SyntaxError(`Unsupported POSIX collating or equivalence bracket expression at index ${s}`);let h=Kw(o,s,t,!1,r+1);ll(u,h.atom,s,h.contains_complex_set),l||(l=h.contains_nested_negated_complex_set||h.negated&&h.contains_complex_set),s=h.end;continue}if(p==="-"){let d=o[s+1]==="]"||o.startsWith("&&",s+1);u.tail==="set"&&!d&&id(s),u.tail===null||u.tail==="range"||u.tail==="complete_range"||d?eo(u,"\\-"):(u.fragment+="-",u.tail="range"),++s;continue}eo(u,p==="^"&&u.fragment.length===0?"\\^":p),s+=p.length}throw new SyntaxError(`${c.length>1?"Unterminated character-class intersection":"Unterminated character class"} at index ${e}`)},MF=o=>{let e="",t=-1,n=!1,r=!1,s=[],a=i=>{t=e.length,e+=i,n=!1};for(let i=0;i<o.length;){let c=cl(o,i);if(c==="\\"){let u=zw.exec(o.slice(i));if(u){let[m,A,g]=u,x=m;if(A==="x"){let b=`\\u{${g}}`;x=r?$w(g)??b:b}else g==="Word"&&(x=A==="p"?kt:Qw);a(x),i+=m.length;continue}let l=Ww.exec(o.slice(i));if(l){let m=l[0],A=r&&m[1]!=="c"?$w(m.slice(2))??m:m;a(A),i+=m.length;continue}if(i+1>=o.length){e+=c;break}let p=cl(o,i+1);if(i+=1+p.length,p==="G")continue;let d=Uw.get(p);if(d!==void 0){a(d);continue}let f=_F.get(p),h;f!==void 0?h=f:/[A-Za-z0-9]/.test(p)?h=`\\${p}`:Vw.includes(p)?h=`\\${p}`:h=p,a(h);continue}switch(c){case"[":{let u=Kw(o,i,r);a(u.atom),i=u.end;continue}case"]":a("\\]"),++i;continue;case".":a("[^\\n]"),++i;continue;case"^":a(SF),++i;continue;case"$":a(EF),++i;continue;case"(":{let u=o.startsWith("(?i:",i),l=u?"(?i:":NF.exec(o.slice(i))?.[0]??"(",p=u||l==="(?>"?"(?:":l;s.push([e.length,r]),u&&(r=!0),e+=p,n=!1,i+=l.length;continue}case")":e+=c,[t,r]=s.pop()??[-1,!1],n=!1,++i;continue;case"|":e+=c,t=-1,n=!1,++i;continue;case"{":{let u=TF.exec(o.slice(i));if(!u||t<0){a("\\{"),++i;continue}let l=u[1].startsWith(",")?`0${u[1]}`:u[1];i+=u[0].length;let p=o[i];p==="+"||p==="*"?(e=`${e.slice(0,t)}(?:${e.slice(t)}{${l}})${p}`,++i):e+=`{${l}}`,n=!0;continue}case"}":a("\\}"),++i;continue;case"+":if(n){++i;continue}e+=c,n=!0,++i;continue;case"*":case"?":e+=c,n=!0,++i;continue;default:a(r&&Gw(c)?`[${c.toLowerCase()}${c.toUpperCase()}]`:c),i+=c.length;continue}}return e},QF=o=>o.replace(/[.*+?^${}()|[\]\\]/g,"\\$&"),UF=(o,e,t)=>{let n=[],r=0;for(;r<o.length;){if(n.push(o[r]),(e.get(o[r])??t)!==t){++r;continue}for(;++r<o.length&&(e.get(o[r])??t)===t;)e.get(n.at(-1))!==t&&(n[n.length-1]+=o[r])}return n},VF=o=>o>=19968&&o<=40959||o>=13312&&o<=19903||o>=131072&&o<=173791||o>=173824&&o<=177983||o>=177984&&o<=178207||o>=178208&&o<=183983||o>=63744&&o<=64255||o>=194560&&o<=195103,zF=o=>Number.isInteger(o)||typeof o=="bigint",WF=o=>{let e=0;for(let t of o)++e;return e},GF=o=>Xw(o.toLowerCase()),gt=(...o)=>Array.prototype.concat.apply([],o),cd=o=>new Map(Object.entries(o)),HF=(o,e)=>{let t=[],n=0;for(let r of o.matchAll(e)){let s=r[0];n<r.index&&t.push(o.slice(n,r.index)),s.length>0&&t.push(s),n=r.index+s.length}return n<o.length&&t.push(o.slice(n)),t},Xw=o=>o.replace(/\p{M}/gu,""),Dw=(o,e,t=[])=>{if(!o||Array.isArray(o)||typeof o!="object")return`${e} must be a valid object`;for(let n of t)if(!(n in o))return`${e} must contain a "${n}" property`;return null},qF=o=>o.match(/\S+/g)||[],KF=class{constructor(){let o=function(...e){return o._call(...e)};return Object.setPrototypeOf(o,new.target.prototype)}},Sa=KF,XF=class extends Sa{constructor(o){super(),this.config=o}_call(o){return this.normalize(o)}},Ot=XF,jF=class extends Ot{tokenize_chinese_chars(o){let e=[];for(let t=0;t<o.length;++t){let n=o[t],r=n.charCodeAt(0);VF(r)?(e.push(" "),e.push(n),e.push(" ")):e.push(n)}return e.join("")}strip_accents(o){return o.normalize("NFD").replace(/\p{Mn}/gu,"")}is_control(o){switch(o){case"	":case`
`:case"\r":return!1;default:return/^\p{Cc}|\p{Cf}|\p{Co}|\p{Cs}$/u.test(o)}}clean_text(o){let e=[];for(let t of o){let n=t.charCodeAt(0);n===0||n===65533||this.is_control(t)||(/^\s$/.test(t)?e.push(" "):e.push(t))}return e.join("")}normalize(o){return this.config.clean_text&&(o=this.clean_text(o)),this.config.handle_chinese_chars&&(o=this.tokenize_chinese_chars(o)),this.config.lowercase?(o=o.toLowerCase(),this.config.strip_accents!==!1&&(o=this.strip_accents(o))):this.config.strip_accents&&(o=this.strip_accents(o)),o}},YF=jF,JF=class extends Ot{constructor(o){super(o),this.charsmap=o.precompiled_charsmap??null}normalize(o){return o=o.replace(/[\u0001-\u0008\u000B\u000E-\u001F\u007F\u008F\u009F]/gm,""),o=o.replace(/[\u0009\u000A\u000C\u000D\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u2581\u3000\uFEFF\uFFFD]/gm," "),o.includes("～")?o=o.split("～").map(t=>t.normalize("NFKC")).join("～"):o=o.normalize("NFKC"),o}},ZF=JF,eP=class extends Ot{constructor(o){super(o),this.normalizers=(o.normalizers??[]).map(e=>jw(e))}normalize(o){return this.normalizers.reduce((e,t)=>t?t.normalize(e):e,o)}},tP=eP,oP=class extends Ot{constructor(o){super(o),this.pattern=pl(this.config.pattern??{})}normalize(o){return this.pattern===null?o:o.replaceAll(this.pattern,this.config.content??"")}},nP=oP,rP=class extends Ot{constructor(){super(...arguments),this.form="NFC"}normalize(o){return o=o.normalize(this.form),o}},dl=rP,sP=class extends dl{constructor(){super(...arguments),this.form="NFC"}},aP=sP,iP=class extends dl{constructor(){super(...arguments),this.form="NFD"}},cP=iP,lP=class extends dl{constructor(){super(...arguments),this.form="NFKC"}},uP=lP,pP=class extends dl{constructor(){super(...arguments),this.form="NFKD"}},dP=pP,fP=class extends Ot{normalize(o){return this.config.strip_left&&this.config.strip_right?o=o.trim():(this.config.strip_left&&(o=o.trimStart()),this.config.strip_right&&(o=o.trimEnd())),o}},hP=fP,mP=class extends Ot{normalize(o){return Xw(o)}},gP=mP,AP=class extends Ot{normalize(o){return o.toLowerCase()}},xP=AP,CP=class extends Ot{normalize(o){return o=this.config.prepend+o,o}},bP=CP;function yP(o){if(o===null)return null;switch(o.type){case"BertNormalizer":return new YF(o);case"Precompiled":return new ZF(o);case"Sequence":return new tP(o);case"Replace":return new nP(o);case"NFC":return new aP(o);case"NFD":return new cP(o);case"NFKC":return new uP(o);case"NFKD":return new dP(o);case"Strip":return new hP(o);case"StripAccents":return new gP(o);case"Lowercase":return new xP(o);case"Prepend":return new bP(o);default:throw new Error(`Unknown Normalizer type: ${o.type}`)}}var jw=yP,wP=class extends Sa{pre_tokenize(o,e){return(Array.isArray(o)?o.map(t=>this.pre_tokenize_text(t,e)):this.pre_tokenize_text(o,e)).flat()}_call(o,e){return this.pre_tokenize(o,e)}},At=wP,Yw=(()=>{let o=[...Array.from({length:94},(r,s)=>s+33),...Array.from({length:12},(r,s)=>s+161),...Array.from({length:82},(r,s)=>s+174)],e=o.slice(),t=0;for(let r=0;r<256;++r)o.includes(r)||(o.push(r),e.push(256+t),t+=1);let n=e.map(r=>String.fromCharCode(r));return Object.fromEntries(o.map((r,s)=>[r,n[s]]))})(),IP=o=>Object.fromEntries(Object.entries(o).map(([e,t])=>[t,e])),kP=IP(Yw),ul="\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E",SP=class extends At{constructor(o){super(),this.config=o,this.add_prefix_space=this.config.add_prefix_space??!1,this.trim_offsets=this.config.trim_offsets??!1,this.use_regex=this.config.use_regex??!0,this.pattern=/'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu,this.byte_encoder=Yw,this.text_encoder=new TextEncoder}pre_tokenize_text(o,e){return this.add_prefix_space&&!o.startsWith(" ")&&(o=" "+o),(this.use_regex?o.match(this.pattern)||[]:[o]).map(n=>Array.from(this.text_encoder.encode(n),r=>this.byte_encoder[r]).join(""))}},EP=SP,_P=class extends At{pre_tokenize_text(o,e){return o.match(/\w+|[^\w\s]+/g)||[]}},vP=_P,$P=class extends At{constructor(o){super(),this.replacement=o.replacement??"▁",this.str_rep=o.str_rep||this.replacement,this.prepend_scheme=o.prepend_scheme??"always"}pre_tokenize_text(o,e){let{section_index:t=void 0}=e??{},n=o.replaceAll(" ",this.str_rep);return!n.startsWith(this.replacement)&&(this.prepend_scheme==="always"||this.prepend_scheme==="first"&&t===0)&&(n=this.str_rep+n),[n]}},RP=$P,NP=class extends At{constructor(o){super(),this.config=o,this.pattern=pl(this.config.pattern??{},this.config.invert??!0)}pre_tokenize_text(o){return this.pattern===null?[]:this.config.invert?(o.match(this.pattern)||[]).filter(e=>e):this.config.behavior?.toLowerCase()==="removed"?o.split(this.pattern).filter(e=>e):HF(o,this.pattern)}},TP=NP,DP=class extends At{constructor(o){super(),this.config=o,this.pattern=new RegExp(`[^${ul}]+|[${ul}]+`,"gu")}pre_tokenize_text(o){return o.match(this.pattern)||[]}},BP=DP,FP=class extends At{constructor(o){super(),this.config=o;let e=`[^\\d]+|\\d${this.config.individual_digits?"":"+"}`;this.pattern=new RegExp(e,"gu")}pre_tokenize_text(o){return o.match(this.pattern)||[]}},PP=FP,OP=class extends At{constructor(){super(),this.pattern=new RegExp(`[^\\s${ul}]+|[${ul}]`,"gu")}pre_tokenize_text(o,e){return o.trim().match(this.pattern)||[]}},LP=OP,MP=class extends At{constructor(o){super(),this.config=o,this.pattern=pl(this.config.pattern??{}),this.content=this.config.content??""}pre_tokenize_text(o){return this.pattern===null?[o]:[o.replaceAll(this.pattern,this.config.content??"")]}},QP=MP,UP=class extends At{constructor(o){super(),this.tokenizers=(o.pretokenizers??[]).map(e=>Jw(e))}pre_tokenize_text(o,e){return this.tokenizers.reduce((t,n)=>n?n.pre_tokenize(t,e):t,[o])}},VP=UP,zP=class extends At{pre_tokenize_text(o){return qF(o)}},WP=zP,GP=class extends At{constructor(o){super(),this.config=o,this._length=o.length}pre_tokenize_text(o){let e=[];for(let t=0;t<o.length;t+=this._length)e.push(o.slice(t,t+this._length));return e}},HP=GP;function qP(o){if(o===null)return null;switch(o.type){case"BertPreTokenizer":return new LP;case"Sequence":return new VP(o);case"Whitespace":return new vP;case"WhitespaceSplit":return new WP;case"Metaspace":return new RP(o);case"ByteLevel":return new EP(o);case"Split":return new TP(o);case"Punctuation":return new BP(o);case"Digits":return new PP(o);case"Replace":return new QP(o);case"FixedLength":return new HP(o);default:throw new Error(`Unknown PreTokenizer type: ${o.type}`)}}var Jw=qP,KP=class extends Sa{constructor(o){super(),this.config=o,this.vocab=[],this.tokens_to_ids=new Map,this.unk_token_id=void 0,this.unk_token=void 0,this.end_of_word_suffix=void 0,this.fuse_unk=this.config.fuse_unk??!1}_call(o){let e=this.encode(o);return this.fuse_unk&&(e=UF(e,this.tokens_to_ids,this.unk_token_id)),e}},fl=KP,XP=class extends fl{constructor(o){super(o),this.max_input_chars_per_word=100,this.tokens_to_ids=cd(o.vocab),this.unk_token_id=this.tokens_to_ids.get(o.unk_token),this.unk_token=o.unk_token,this.max_input_chars_per_word=o.max_input_chars_per_word??100,this.vocab=new Array(this.tokens_to_ids.size);for(let[e,t]of this.tokens_to_ids)this.vocab[t]=e}encode(o){let e=[];for(let t of o){let n=[...t];if(n.length>this.max_input_chars_per_word){e.push(this.unk_token);continue}let r=!1,s=0,a=[];for(;s<n.length;){let i=n.length,c=null;for(;s<i;){let u=n.slice(s,i).join("");if(s>0&&(u=this.config.continuing_subword_prefix+u),this.tokens_to_ids.has(u)){c=u;break}--i}if(c===null){r=!0;break}a.push(c),s=i}r?e.push(this.unk_token):e.push(...a)}return e}},Bw=XP,Fw=class Zw{constructor(e,t){this.is_leaf=e,this.children=t}static default(){return new Zw(!1,new Map)}},jP=class{constructor(){this.root=Fw.default()}extend(o){for(let e of o)this.push(e)}push(o){let e=this.root;for(let t of o){let n=e.children.get(t);n===void 0&&(n=Fw.default(),e.children.set(t,n)),e=n}e.is_leaf=!0}*common_prefix_search(o,e=0){let t=this.root;if(t===void 0)return;let n="";for(let r=e;r<o.length;++r){let s=o[r];if(n+=s,t=t.children.get(s),t===void 0)return;t.is_leaf&&(yield n)}}},YP=jP,sd=class eI{constructor(e,t,n,r,s){this.token_id=e,this.node_id=t,this.pos=n,this.length=r,this.score=s,this.prev=null,this.backtrace_score=0}clone(){let e=new eI(this.token_id,this.node_id,this.pos,this.length,this.score);return e.prev=this.prev,e.backtrace_score=this.backtrace_score,e}},JP=class{constructor(o,e,t){this.chars=Array.from(o),this.len=this.chars.length,this.bos_token_id=e,this.eos_token_id=t,this.nodes=[],this.begin_nodes=Array.from({length:this.len+1},()=>[]),this.end_nodes=Array.from({length:this.len+1},()=>[]);let n=new sd(this.bos_token_id??0,0,0,0,0),r=new sd(this.eos_token_id??0,1,this.len,0,0);this.nodes.push(n.clone()),this.nodes.push(r.clone()),this.begin_nodes[this.len].push(r),this.end_nodes[0].push(n)}insert(o,e,t,n){let r=this.nodes.length,s=new sd(n,r,o,e,t);this.begin_nodes[o].push(s),this.end_nodes[o+e].push(s),this.nodes.push(s)}viterbi(){let o=this.len,e=0;for(;e<=o;){if(this.begin_nodes[e].length==0)return[];for(let a of this.begin_nodes[e]){a.prev=null;let i=0,c=null;for(let u of this.end_nodes[e]){let l=u.backtrace_score+a.score;(c===null||l>i)&&(c=u.clone(),i=l)}if(c!==null)a.prev=c,a.backtrace_score=i;else return[]}++e}let t=[],r=this.begin_nodes[o][0].prev;if(r===null)return[];let s=r.clone();for(;s.prev!==null;)t.push(s.clone()),s=s.clone().prev.clone();return t.reverse(),t}piece(o){return this.chars.slice(o.pos,o.pos+o.length).join("")}tokens(){return this.viterbi().map(e=>this.piece(e))}token_ids(){return this.viterbi().map(e=>e.token_id)}},ZP=JP;function eO(o){if(o.length===0)throw new Error("Array must not be empty");let e=o[0],t=0;for(let n=1;n<o.length;++n)o[n]<e&&(e=o[n],t=n);return[e,t]}var tO=class extends fl{constructor(o,e){super(o);let t=o.vocab.length;this.vocab=new Array(t),this.scores=new Array(t);for(let n=0;n<t;++n)[this.vocab[n],this.scores[n]]=o.vocab[n];this.unk_token_id=o.unk_id,this.unk_token=this.vocab[o.unk_id],this.tokens_to_ids=new Map(this.vocab.map((n,r)=>[n,r])),this.bos_token=" ",this.bos_token_id=this.tokens_to_ids.get(this.bos_token),this.eos_token=e,this.eos_token_id=this.tokens_to_ids.get(this.eos_token),this.unk_token=this.vocab[this.unk_token_id],this.min_score=eO(this.scores)[0],this.unk_score=this.min_score-10,this.scores[this.unk_token_id]=this.unk_score,this.trie=new YP,this.trie.extend(this.vocab),this.fuse_unk=!0}populate_nodes(o){let e=o.chars,t=1,n=0;for(;n<e.length;){let r=!1,s=this.trie.common_prefix_search(e,n);for(let a of s){let i=this.tokens_to_ids.get(a),c=this.scores[i],u=WF(a);o.insert(n,u,c,i),!r&&u===t&&(r=!0)}r||o.insert(n,t,this.unk_score,this.unk_token_id),n+=t}}tokenize(o){let e=new ZP(o,this.bos_token_id,this.eos_token_id);return this.populate_nodes(e),e.tokens()}encode(o){let e=[];for(let t of o){let n=this.tokenize(t);e.push(...n)}return e}},Pw=tO,oO=class{constructor(o=(t,n)=>t>n,e=1/0){this._heap=[],this._comparator=o,this._max_size=e}get size(){return this._heap.length}is_empty(){return this.size===0}peek(){return this._heap[0]}push(...o){return this.extend(o)}extend(o){for(let e of o)if(this.size<this._max_size)this._heap.push(e),this._sift_up();else{let t=this._smallest();this._comparator(e,this._heap[t])&&(this._heap[t]=e,this._sift_up_from(t))}return this.size}pop(){let o=this.peek(),e=this.size-1;return e>0&&this._swap(0,e),this._heap.pop(),this._sift_down(),o}replace(o){let e=this.peek();return this._heap[0]=o,this._sift_down(),e}_parent(o){return(o+1>>>1)-1}_left(o){return(o<<1)+1}_right(o){return o+1<<1}_greater(o,e){return this._comparator(this._heap[o],this._heap[e])}_swap(o,e){let t=this._heap[o];this._heap[o]=this._heap[e],this._heap[e]=t}_sift_up(){this._sift_up_from(this.size-1)}_sift_up_from(o){for(;o>0&&this._greater(o,this._parent(o));)this._swap(o,this._parent(o)),o=this._parent(o)}_sift_down(){let o=0;for(;this._left(o)<this.size&&this._greater(this._left(o),o)||this._right(o)<this.size&&this._greater(this._right(o),o);){let e=this._right(o)<this.size&&this._greater(this._right(o),this._left(o))?this._right(o):this._left(o);this._swap(o,e),o=e}}_smallest(){return 2**Math.floor(Math.log2(this.size))-1}},nO=oO,rO=class{constructor(o){this.capacity=o,this.cache=new Map}get(o){if(!this.cache.has(o))return;let e=this.cache.get(o);return this.cache.delete(o),this.cache.set(o,e),e}put(o,e){this.cache.has(o)&&this.cache.delete(o),this.cache.set(o,e),this.cache.size>this.capacity&&this.cache.delete(this.cache.keys().next().value)}clear(){this.cache.clear()}},sO=rO,aO=class extends fl{constructor(o){super(o),this.tokens_to_ids=cd(o.vocab),this.unk_token_id=this.tokens_to_ids.get(o.unk_token),this.unk_token=o.unk_token,this.vocab=new Array(this.tokens_to_ids.size);for(let[t,n]of this.tokens_to_ids)this.vocab[n]=t;let e=Array.isArray(o.merges[0]);this.merges=e?o.merges:o.merges.map(t=>t.split(" ",2)),this.bpe_ranks=new Map(this.merges.map((t,n)=>[JSON.stringify(t),n])),this.end_of_word_suffix=o.end_of_word_suffix,this.continuing_subword_suffix=o.continuing_subword_suffix??null,this.byte_fallback=this.config.byte_fallback??!1,this.byte_fallback&&(this.text_encoder=new TextEncoder),this.ignore_merges=this.config.ignore_merges??!1,this.max_length_to_cache=256,this.cache_capacity=1e4,this.cache=new sO(this.cache_capacity)}clear_cache(){this.cache.clear()}bpe(o){if(o.length===0)return[];let e=this.cache.get(o);if(e!==void 0)return e;let t=Array.from(o);this.end_of_word_suffix&&(t[t.length-1]+=this.end_of_word_suffix);let n=[];if(t.length>1){let r=new nO((i,c)=>i.score<c.score),s={token:t[0],bias:0,prev:null,next:null},a=s;for(let i=1;i<t.length;++i){let c={bias:i/t.length,token:t[i],prev:a,next:null};a.next=c,this.add_node(r,a),a=c}for(;!r.is_empty();){let i=r.pop();if(i.deleted||!i.next||i.next.deleted)continue;if(i.deleted=!0,i.next.deleted=!0,i.prev){let u={...i.prev};i.prev.deleted=!0,i.prev=u,u.prev?u.prev.next=u:s=u}let c={token:i.token+i.next.token,bias:i.bias,prev:i.prev,next:i.next.next};c.prev?(c.prev.next=c,this.add_node(r,c.prev)):s=c,c.next&&(c.next.prev=c,this.add_node(r,c))}for(let i=s;i!==null;i=i.next)n.push(i.token)}else n=t;if(this.continuing_subword_suffix)for(let r=0;r<n.length-1;++r)n[r]+=this.continuing_subword_suffix;return o.length<this.max_length_to_cache&&this.cache.put(o,n),n}add_node(o,e){let t=this.bpe_ranks.get(JSON.stringify([e.token,e.next.token]));t!==void 0&&(e.score=t+e.bias,o.push(e))}encode(o){let e=[];for(let t of o){if(this.ignore_merges&&this.tokens_to_ids.has(t)){e.push(t);continue}let n=this.bpe(t);for(let r of n)if(this.tokens_to_ids.has(r))e.push(r);else if(this.byte_fallback){let s=Array.from(this.text_encoder.encode(r)).map(a=>`<0x${a.toString(16).toUpperCase().padStart(2,"0")}>`);s.every(a=>this.tokens_to_ids.has(a))?e.push(...s):this.unk_token!=null&&e.push(this.unk_token)}else this.unk_token!=null&&e.push(this.unk_token)}return e}},Ow=aO,iO=class extends fl{constructor(o,e){super(o);let t=o.vocab;this.tokens_to_ids=cd(e.target_lang?t[e.target_lang]:t),this.bos_token=e.bos_token,this.bos_token_id=this.tokens_to_ids.get(this.bos_token),this.eos_token=e.eos_token,this.eos_token_id=this.tokens_to_ids.get(this.eos_token),this.pad_token=e.pad_token,this.pad_token_id=this.tokens_to_ids.get(this.pad_token),this.unk_token=e.unk_token,this.unk_token_id=this.tokens_to_ids.get(this.unk_token),this.vocab=new Array(this.tokens_to_ids.size);for(let[n,r]of this.tokens_to_ids)this.vocab[r]=n}encode(o){return o}},cO=iO;function lO(o,e){switch(o.type){case"WordPiece":return new Bw(o);case"Unigram":return new Pw(o,e.eos_token);case"BPE":return new Ow(o);default:if(o.vocab)return Array.isArray(o.vocab)?new Pw(o,e.eos_token):Object.hasOwn(o,"continuing_subword_prefix")&&Object.hasOwn(o,"unk_token")?Object.hasOwn(o,"merges")?new Ow(o):new Bw(o):new cO(o,{target_lang:e.target_lang,bos_token:e.bos_token,eos_token:e.eos_token,pad_token:e.pad_token,unk_token:e.unk_token});throw new Error(`Unknown TokenizerModel type: ${o?.type}`)}}var uO=lO,pO=class extends Sa{constructor(o){super(),this.config=o}_call(o,...e){return this.post_process(o,...e)}},Ea=pO,dO=class extends Ea{post_process(o,e=null,t=!0){let n=e===null?this.config.single:this.config.pair,r=[],s=[];for(let a of n)"SpecialToken"in a?t&&(r.push(a.SpecialToken.id),s.push(a.SpecialToken.type_id)):"Sequence"in a&&(a.Sequence.id==="A"?(r=gt(r,o),s=gt(s,new Array(o.length).fill(a.Sequence.type_id))):a.Sequence.id==="B"&&(r=gt(r,e),s=gt(s,new Array(e.length).fill(a.Sequence.type_id))));return{tokens:r,token_type_ids:s}}},fO=dO,hO=class extends Ea{post_process(o,e=null){return{tokens:o,tokens_pair:e}}},mO=hO,gO=class extends Ea{constructor(o){super(o),this.sep=o.sep,this.cls=o.cls}post_process(o,e=null,t=!0){t&&(o=gt([this.cls[0]],o,[this.sep[0]]));let n=new Array(o.length).fill(0);if(e){let r=[],s=t?[this.sep[0]]:[];o=gt(o,r,e,s),n=gt(n,new Array(e.length+r.length+s.length).fill(1))}return{tokens:o,token_type_ids:n}}},AO=gO,xO=class extends Ea{constructor(o){super(o),this.sep=o.sep,this.cls=o.cls}post_process(o,e,t=!0){t&&(o=gt([this.cls[0]],o,[this.sep[0]]));let n=new Array(o.length).fill(0);if(e){let r=t?[this.sep[0]]:[],s=t?[this.sep[0]]:[];o=gt(o,r,e,s),n=gt(n,new Array(e.length+r.length+s.length).fill(1))}return{tokens:o,token_type_ids:n}}},CO=xO,bO=class extends Ea{constructor(o){super(o),this.processors=(o.processors??[]).map(e=>tI(e))}post_process(o,e=null,t=!0){let n={tokens:o,tokens_pair:e};for(let r of this.processors)n=r.post_process(n.tokens,n.tokens_pair,t);return n}},yO=bO;function wO(o){if(o===null)return null;switch(o.type){case"TemplateProcessing":return new fO(o);case"ByteLevel":return new mO(o);case"BertProcessing":return new AO(o);case"RobertaProcessing":return new CO(o);case"Sequence":return new yO(o);default:throw new Error(`Unknown PostProcessor type: ${o.type}`)}}var tI=wO,IO=class extends Sa{constructor(o){super(),this.config=o,this.added_tokens=[],this.end_of_word_suffix=null,this.trim_offsets="trim_offsets"in o?o.trim_offsets:!1}_call(o){return this.decode(o)}decode(o){return this.decode_chain(o).join("")}},St=IO,kO=class extends St{constructor(o){super(o),this.byte_decoder=kP,this.text_decoder=new TextDecoder("utf-8",{fatal:!1,ignoreBOM:!0}),this.end_of_word_suffix=null}convert_tokens_to_string(o){let e=o.join(""),t=new Uint8Array([...e].map(n=>this.byte_decoder[n]));return this.text_decoder.decode(t)}decode_chain(o){let e=[],t=[];for(let n of o)this.added_tokens.find(r=>r.content===n)!==void 0?(t.length>0&&(e.push(this.convert_tokens_to_string(t)),t=[]),e.push(n)):t.push(n);return t.length>0&&e.push(this.convert_tokens_to_string(t)),e}},SO=kO,EO=class extends St{constructor(o){super(o),this.cleanup=o.cleanup}decode_chain(o){return o.map((e,t)=>{if(t!==0){let n=this.config.prefix;n&&e.startsWith(n)?e=e.replace(n,""):e=" "+e}return this.cleanup&&(e=ad(e)),e})}},_O=EO,vO=class extends St{constructor(o){super(o),this.replacement=o.replacement??"▁"}decode_chain(o){let e=[];for(let t=0;t<o.length;++t){let n=o[t].replaceAll(this.replacement," ");t==0&&n.startsWith(" ")&&(n=n.substring(1)),e.push(n)}return e}},$O=vO,RO=class extends St{constructor(o){super(o),this.suffix=o.suffix??""}decode_chain(o){return o.map((e,t)=>e.replaceAll(this.suffix,t===o.length-1?"":" "))}},NO=RO,TO=class extends St{constructor(o){super(o),this.pad_token=o.pad_token??"",this.word_delimiter_token=o.word_delimiter_token??"",this.cleanup=o.cleanup}convert_tokens_to_string(o){if(o.length===0)return"";let e=[o[0]];for(let r=1;r<o.length;++r)o[r]!==e.at(-1)&&e.push(o[r]);let n=e.filter(r=>r!==this.pad_token).join("");return this.cleanup&&(n=ad(n).replaceAll(this.word_delimiter_token," ").trim()),n}decode_chain(o){return[this.convert_tokens_to_string(o)]}},DO=TO,BO=class extends St{constructor(o){super(o),this.decoders=(o.decoders??[]).map(e=>oI(e))}decode_chain(o){return this.decoders.reduce((e,t)=>t.decode_chain(e),o)}},FO=BO,PO=class extends St{constructor(o){super(o),this.pattern=pl(this.config.pattern)}decode_chain(o){let e=this.config.content??"",t=this.pattern;return t===null?o:o.map(n=>n.replaceAll(t,e))}},OO=PO,LO=class extends St{decode_chain(o){return[o.join("")]}},MO=LO,QO=class extends St{constructor(o){super(o),this.content=o.content??"",this.start=o.start??0,this.stop=o.stop??0}decode_chain(o){return o.map(e=>{let t=0;for(let r=0;r<this.start&&e[r]===this.content;++r){t=r+1;continue}let n=e.length;for(let r=0;r<this.stop;++r){let s=e.length-r-1;if(e[s]===this.content){n=s;continue}else break}return e.slice(t,n)})}},UO=QO,VO=class extends St{constructor(o){super(o),this.text_decoder=new TextDecoder}decode_chain(o){let e=[],t=[];for(let n of o){let r=null;if(n.length===6&&n.startsWith("<0x")&&n.endsWith(">")){let s=parseInt(n.slice(3,5),16);isNaN(s)||(r=s)}if(r!==null)t.push(r);else{if(t.length>0){let s=this.text_decoder.decode(Uint8Array.from(t));e.push(s),t=[]}e.push(n)}}if(t.length>0){let n=this.text_decoder.decode(Uint8Array.from(t));e.push(n),t=[]}return e}},zO=VO;function WO(o){if(o===null)return null;switch(o.type){case"ByteLevel":return new SO(o);case"WordPiece":return new _O(o);case"Metaspace":return new $O(o);case"BPEDecoder":return new NO(o);case"CTC":return new DO(o);case"Sequence":return new FO(o);case"Replace":return new OO(o);case"Fuse":return new MO(o);case"Strip":return new UO(o);case"ByteFallback":return new zO(o);default:throw new Error(`Unknown Decoder type: ${o.type}`)}}var oI=WO,GO=class{constructor(o,e){let t=Dw(o,"Tokenizer",["model","decoder","post_processor","pre_tokenizer","normalizer"]);if(t)throw new Error(t);let n=Dw(e,"Config");if(n)throw new Error(n);this.tokenizer=o,this.config=e,this.normalizer=jw(this.tokenizer.normalizer),this.pre_tokenizer=Jw(this.tokenizer.pre_tokenizer),this.model=uO(this.tokenizer.model,this.config),this.post_processor=tI(this.tokenizer.post_processor),this.decoder=oI(this.tokenizer.decoder),this.special_tokens=[],this.all_special_ids=[],this.added_tokens=[];let r=[],s=[];this.added_tokens_map=new Map;for(let a of this.tokenizer.added_tokens){let i=new wF(a);if(this.added_tokens.push(i),this.model.tokens_to_ids.set(i.content,i.id),this.model.vocab[i.id]=i.content,i.special&&(this.special_tokens.push(i.content),this.all_special_ids.push(i.id)),this.added_tokens_map.set(i.content,i),i.normalized&&this.normalizer!==null){let c=this.normalizer(i.content);s.push(c),this.added_tokens_map.set(c,i)}else r.push(i.content)}(this.config.additional_special_tokens??[]).forEach(a=>{this.special_tokens.includes(a)||this.special_tokens.push(a)}),this.decoder&&(this.decoder.added_tokens=this.added_tokens,this.decoder.end_of_word_suffix=this.model.end_of_word_suffix),this.splitter_unnormalized=new vw(r),this.splitter_normalized=new vw(s),this.remove_space=this.config.remove_space,this.clean_up_tokenization_spaces=this.config.clean_up_tokenization_spaces??!0,this.do_lowercase_and_remove_accent=this.config.do_lowercase_and_remove_accent??!1}encode(o,{text_pair:e=null,add_special_tokens:t=!0,return_token_type_ids:n=null}={}){let{tokens:r,token_type_ids:s}=this.tokenize_helper(o,{text_pair:e,add_special_tokens:t}),a=r.map(c=>this.added_tokens_map.get(c)?.id??this.model.tokens_to_ids.get(c)??this.model.unk_token_id),i={ids:a,tokens:r,attention_mask:new Array(a.length).fill(1)};return n&&s&&(i.token_type_ids=s),i}decode(o,e={}){if(!Array.isArray(o)||o.length===0||!zF(o[0]))throw Error("token_ids must be a non-empty array of integers.");let t=o.map(r=>this.model.vocab[Number(r)]??this.model.unk_token);e.skip_special_tokens&&(t=t.filter(r=>!this.special_tokens.includes(r)));let n=this.decoder?this.decoder(t):t.join(" ");return this.decoder&&this.decoder.end_of_word_suffix&&(n=n.replaceAll(this.decoder.end_of_word_suffix," "),e.skip_special_tokens&&(n=n.trim())),(e.clean_up_tokenization_spaces??this.clean_up_tokenization_spaces)&&(n=ad(n)),n}tokenize(o,{text_pair:e=null,add_special_tokens:t=!1}={}){return this.tokenize_helper(o,{text_pair:e,add_special_tokens:t}).tokens}encode_text(o){if(o===null)return null;let e=this.splitter_unnormalized.split(o);return e.forEach((t,n)=>{let r=this.added_tokens_map.get(t);r&&(r.lstrip&&n>0&&(e[n-1]=e[n-1].trimEnd()),r.rstrip&&n<e.length-1&&(e[n+1]=e[n+1].trimStart()))}),e.flatMap((t,n)=>{if(t.length===0)return[];if(this.added_tokens_map.has(t))return[t];if(this.remove_space===!0&&(t=t.trim().split(/\s+/).join(" ")),this.do_lowercase_and_remove_accent&&(t=GF(t)),this.normalizer!==null&&(t=this.normalizer(t)),t.length===0)return[];let r=this.splitter_normalized.split(t);return r.forEach((s,a)=>{let i=this.added_tokens_map.get(s);i&&(i.lstrip&&a>0&&(r[a-1]=r[a-1].trimEnd()),i.rstrip&&a<r.length-1&&(r[a+1]=r[a+1].trimStart()))}),r.flatMap(s=>{if(s.length===0)return[];if(this.added_tokens_map.has(s))return[s];let a=this.pre_tokenizer!==null?this.pre_tokenizer(s,{section_index:n}):[s];return this.model(a)})})}tokenize_helper(o,{text_pair:e=null,add_special_tokens:t=!0}){let n=this.encode_text(o),r=this.encode_text(e||null);return this.post_processor?this.post_processor(n,r,t):{tokens:gt(n??[],r??[])}}token_to_id(o){return this.model.tokens_to_ids.get(o)}id_to_token(o){return this.model.vocab[o]}get_added_tokens_decoder(){let o=new Map;for(let e of this.added_tokens)o.set(e.id,e);return o}get_vocab(o=!0){let e=new Map;for(let t=0;t<this.model.vocab.length;++t){let n=this.model.vocab[t];(o||!this.added_tokens_map.has(n))&&e.set(n,t)}return e}},nI=GO;var gl="hf-tokenizers",rI=1,pd=2e3,ld=32,HO={normalizer:["NFC","NFD","NFKC","NFKD","Prepend","Replace","Sequence"],pre_tokenizer:["ByteLevel","Digits","Metaspace","Sequence","Split"],model:["BPE"],post_processor:["ByteLevel","Sequence","TemplateProcessing"],decoder:["ByteFallback","ByteLevel","Fuse","Replace","Sequence","Strip"]},ud={normalizer:"normalizers",pre_tokenizer:"pretokenizers",post_processor:"processors",decoder:"decoders"},qO=/'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\p{White_Space}\p{L}\p{N}]+|\p{White_Space}+(?!\P{White_Space})|\p{White_Space}+/gu,KO=/[^\p{N}]+|\p{N}/gu,aI=/^<0x([0-9A-Fa-f]{2})>$/;function _e(o){return new Error(`tokenizer: ${o}`)}function _a(o){return o===null?"null":Array.isArray(o)?"array":typeof o}function XO(o,e){let t=[[o,1]],n=0;for(;t.length;){let[r,s]=t.pop();if(!(r===null||typeof r!="object")){if(n=Math.max(n,s),n>e)return n;for(let a of Array.isArray(r)?r:Object.values(r))a!==null&&typeof a=="object"&&t.push([a,s+1])}}return n}function jO(o){for(let[t,n]of Object.entries(HO)){let r=(s,a)=>{if(s==null){if(t==="model")throw _e("tokenizer.json has no model");return}if(typeof s!="object"||typeof s.type!="string")throw _e(`tokenizer.json ${a} is ${_a(s)} without a "type"`);if(!n.includes(s.type))throw _e(`tokenizer.json ${a} is ${JSON.stringify(s.type)}, which emlx does not gate (supported: ${n.join(", ")})`);if(s.type==="Digits"&&s.individual_digits!==!0)throw _e(`tokenizer.json ${a}: Digits without individual_digits is not gated (only individual digits)`);if(s.type==="Split"&&!(String(s.behavior).toLowerCase()==="isolated"&&!s.invert))throw _e(`tokenizer.json ${a}: Split with behavior ${JSON.stringify(s.behavior)}${s.invert?", invert":""} is not gated (only "Isolated", not inverted)`);if(s.type==="Sequence"){let i=s[ud[t]];if(!Array.isArray(i))throw _e(`tokenizer.json ${a}.${ud[t]} is ${_a(i)}, expected an array`);i.forEach((c,u)=>r(c,`${a}.${ud[t]}[${u}]`))}};r(o[t],t)}let e=o.model;if(e.dropout!==void 0&&e.dropout!==null&&e.dropout!==0)throw _e(`tokenizer.json model.dropout is ${JSON.stringify(e.dropout)}: a random encoder cannot be gated; expected null`);for(let t of["continuing_subword_prefix","end_of_word_suffix"])if(e[t]!==void 0&&e[t]!==null&&e[t]!=="")throw _e(`tokenizer.json model.${t} is ${JSON.stringify(e[t])}, which emlx does not gate; expected null`)}function*hl(o,e=["tokenizers","normalizers","decoders","processors"]){let t=o?[o]:[];for(;t.length;){let n=t.pop();yield n;for(let r of e)Array.isArray(n[r])&&t.push(...n[r].filter(Boolean))}}function YO(o){let e=[],t=[],n=new TextDecoder("utf-8",{fatal:!0,ignoreBOM:!0}),r=()=>{if(t.length){try{e.push(n.decode(Uint8Array.from(t)))}catch{e.push("�".repeat(t.length))}t=[]}};for(let s of o){let a=aI.exec(s);a?t.push(parseInt(a[1],16)):(r(),e.push(s))}return r(),e}function*JO(o){for(let[e,t]of[["pre_tokenizer",o.pre_tokenizer],["normalizer",o.normalizer],["decoder",o.decoder]])for(let n of hl(t))n.pattern instanceof RegExp&&n.config&&(n.config.type==="Split"||n.config.type==="Replace")&&(yield[n.pattern,`the ${e} pattern ${JSON.stringify(String(n.config.pattern?.Regex??n.pattern.source).slice(0,60))}`])}var ml=class{constructor(e){if(e.version!==rI)throw _e(`tokenizer block version ${JSON.stringify(e.version)}; this emlx reads version ${rI} of "${gl}" blocks (re-export the bundle)`);let t=e.tokenizer;if(t===null||typeof t!="object"||Array.isArray(t))throw _e(`block field "tokenizer" is ${_a(t)}, expected the tokenizer.json object`);if(XO(t,ld)>ld)throw _e(`tokenizer.json is nested more than ${ld} levels deep; expected a tokenizer.json as the tokenizers library writes it`);if(jO(t),!Array.isArray(t.added_tokens))throw _e(`tokenizer.json added_tokens is ${_a(t.added_tokens)}, expected an array`);if(this.nVocab=e.n_vocab,!Number.isInteger(this.nVocab)||this.nVocab<1)throw _e(`n_vocab is ${JSON.stringify(this.nVocab)}, expected a positive integer`);this._tj=t,this._all=this._build(t),this._noneLib=null;for(let[s,a]of JO(this._all))al(s,a);this.specialTokens={};for(let s of t.added_tokens)s.special&&(this.specialTokens[s.content]=s.id);this.bosToken=e.bos_token??null,this.bosId=e.bos_id??null,this.eosIds=Array.isArray(e.eos_ids)?[...e.eos_ids]:[],this.addsBos=e.adds_bos===!0,this.chatTemplate=e.chat_template??null;for(let[s,a]of[["bos_id",this.bosId],...this.eosIds.map(i=>["eos_ids",i])])if(a!==null&&(!Number.isInteger(a)||a<0||a>=this.nVocab||this._all.id_to_token(a)===void 0))throw _e(`${s} ${JSON.stringify(a)} is not an id of this tokenizer.json`);let r=e.template;if(r){let s=this.encode("",{special:"all",template:!0}),a=[...r.prefix??[],...r.suffix??[]];if(JSON.stringify(s)!==JSON.stringify(a))throw _e(`the block's template adds ${JSON.stringify(a)} but tokenizer.json's post-processor adds ${JSON.stringify(s)}; re-export the bundle`)}this._byteRuns=[...hl(t.decoder)].some(s=>s.type==="ByteFallback")}_build(e){let t;try{t=new nI(e,{clean_up_tokenization_spaces:!1})}catch(n){throw _e(`tokenizer.json does not build a tokenizer (${String(n&&n.message?n.message:n).split(`
`)[0]})`)}return this._correct(t),t}get _none(){if(!this._noneLib){let e=this._tj,t=this._build({...e,added_tokens:e.added_tokens.filter(n=>!n.special)});for(let n of e.added_tokens)n.special&&!t.model.tokens_to_ids.has(n.content)&&t.model.tokens_to_ids.set(n.content,n.id);this._noneLib=t}return this._noneLib}_correct(e){for(let s of hl(e.pre_tokenizer))s.config&&s.config.type==="ByteLevel"&&s.use_regex&&(s.pattern=qO),s.config&&s.config.type==="Digits"&&(s.pattern=KO);for(let s of hl(e.decoder))s.config&&s.config.type==="ByteFallback"&&(s.decode_chain=YO);let t=this,n=(s,a)=>{if(!s)return;let i=s[a];s[a]=function(...u){return t._tick(),i.apply(this,u)}};n(e.normalizer,"_call"),n(e.pre_tokenizer,"_call"),n(e.model,"bpe");let r=e.model.add_node;if(typeof r=="function"){let s=0;e.model.add_node=function(...i){return(++s&1023)===0&&t._tick(),r.apply(this,i)}}}_tick(){if(this._deadline!==void 0&&sI()>this._deadline){let e=_e(`encode of a ${this._length}-character text ran past its ${this._budget} ms time budget; split the text, or raise the budget with {timeBudgetMs} (Infinity: none)`);throw e.code="EMLX_TOKENIZER_BUDGET",e}}encode(e,{special:t="none",template:n=!1,timeBudgetMs:r=pd}={}){if(t!=="all"&&t!=="none")throw _e(`special must be 'all' or 'none' for a tokenizer.json block, got ${JSON.stringify(t)}`);if(!(typeof r=="number"&&r>0))throw _e(`timeBudgetMs must be a positive number (Infinity: none), got ${JSON.stringify(r)}`);let s=t==="all"?this._all:this._none;this._budget=r,this._length=e.length,this._deadline=sI()+r;try{let{ids:a}=s.encode(e,{add_special_tokens:n===!0});for(let i=0;i<a.length;i++)if(!Number.isInteger(a[i]))throw _e(`token ${i} of the encoding has no id (${JSON.stringify(a[i])})`);return a}finally{this._deadline=void 0}}_checkIds(e){if(!Array.isArray(e))throw _e(`decode expects an array of ids, got ${_a(e)}`);for(let t of e)if(!Number.isInteger(t)||t<0||t>=this.nVocab||this._all.id_to_token(t)===void 0)throw _e(`id ${JSON.stringify(t)} is not in the vocabulary`)}decode(e,{skipSpecial:t=!1}={}){return this._checkIds(e),e.length===0?"":this._all.decode(e,{skip_special_tokens:t,clean_up_tokenization_spaces:!1})}decodeStream({skipSpecial:e=!1}={}){let t=[],n="",r=0,s=i=>i.length?this.decode(i,{skipSpecial:e}):"",a=i=>{if(this._checkIds([i]),t.push(i),this._byteRuns&&aI.test(this._all.id_to_token(i)))return"";let c=s(t);if(c.length<=n.length||c.endsWith("�")||!c.startsWith(n))return"";let u=c.slice(n.length),l=t.length-r;return t=t.slice(r),n=s(t),r=l,u};return{write:i=>{let c="";for(let u of typeof i=="number"?[i]:i)c+=a(u);return c},flush:()=>{let i=s(t),c=i.startsWith(n)?i.slice(n.length):i.slice(ZO(i,n));return t=[],n="",r=0,c}}}dispose(){}};function ZO(o,e){let t=0;for(;t<o.length&&t<e.length&&o[t]===e[t];)t++;return t}function sI(){return globalThis.performance?globalThis.performance.now():Date.now()}var cI={tiktoken:(o,e)=>new il(o,e),[gl]:o=>new ml(o)};function iI(o){if(o===null||typeof o!="object"||Array.isArray(o))throw new Error("tokenizer: the bundle has no tokenizer block");let e=o.kind??"tiktoken";if(!Object.hasOwn(cI,e)||e==="tiktoken"&&"kind"in o)throw new Error(`tokenizer: block kind ${JSON.stringify(o.kind)} is not one this library reads (tiktoken blocks have no kind; "${gl}")`);return e}var dd=class o{constructor(e,t={}){this.kind=iI(e),this.block=e,this._impl=cI[this.kind](e,t);let n=this._impl;this.name=e.name??null,this.engine=n.engine??"@huggingface/tokenizers",this.specialTokens=n.specialTokens,this.bosToken=n.bosToken??null,this.bosId=n.bosId??null,this.nVocab=n.nVocab,this.eosIds=n.eosIds??[],this.addsBos=this.kind==="tiktoken"?this.bosId!=null:n.addsBos,this.chatTemplate=n.chatTemplate??null}static async create(e,t={}){if((t.engine??"js-tiktoken")==="tiktoken"&&!t.tiktokenModule&&iI(e)==="tiktoken"){let n="tiktoken/lite",r;try{r=await import(n)}catch(s){throw new Error(`tokenizer: engine 'tiktoken' needs the optional npm package "tiktoken" (${s.message})`)}t={...t,tiktokenModule:r.Tiktoken?r:r.default}}return new o(e,t)}static fromBundle(e,t={}){if(!e||!e.tokenizer)throw new Error("tokenizer: the bundle has no tokenizer block");return o.create(e.tokenizer,t)}encode(e,t={}){if(typeof e!="string")throw new Error(`tokenizer: encode expects a string, got ${typeof e}`);let n=t.special??t.allowedSpecial??"none",r=t.template??t.bos??!1;return this._impl.encode(e,{special:n,template:r,timeBudgetMs:t.timeBudgetMs??pd})}encodeOrdinary(e){return this.encode(e,{special:"none"})}decode(e,t={}){return this._impl.decode(Array.from(e),t)}decodeBytes(e){if(typeof this._impl.decodeBytes!="function")throw new Error(`tokenizer: decodeBytes is for tiktoken blocks; this is a ${this.kind} block (use decode)`);return this._impl.decodeBytes(e)}decodeStream(e={}){return this._impl.decodeStream(e)}dispose(){this._impl.dispose()}};var eL=new URL("./",import.meta.url).href;function nhe(o="cpu",e={}){return o==="wasm"&&e.wasmPaths==null&&(e={...e,wasmPaths:eL}),wa(o,e)}export{Vp as BACKENDS,Pt as BUNDLE_FORMAT,Ca as BUNDLE_VERSION,eL as DIST_URL,$o as GPT,Hb as SPEC_VERSION,dd as Tokenizer,Wc as backendInfo,Ry as computeWeightsSha256,eF as createModel,Up as loadBundle,zc as openBundle,ha as parseSpec,nhe as setBackend,Yb as tapNames,at as tf};
/*! Bundled license information:

@tensorflow/tfjs-backend-cpu/dist/backend_cpu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Transform.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BroadcastArgs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Einsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseFillEmptyRows.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseReshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentMean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringNGrams.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringSplit.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StringToHashBucketFast.js:
@tensorflow/tfjs-backend-webgl/dist/transform_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transform.js:
  (**
   * @license
   * Copyright 2021 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/base.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fused_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/All.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Any.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-cpu/dist/utils/pool_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropFilter.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Dilation2DBackpropInput.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-cpu/dist/utils/fft_utils.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Max.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Min.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Range.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Select.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-cpu/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-cpu/dist/index.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/shared.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Identity.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Complex.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LeakyRelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/kernel_funcs_utils.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multiply.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reshape.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reshape.js:
@tensorflow/tfjs-backend-webgl/dist/mean_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/reduce.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Transpose.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Abs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Add.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AddN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/All.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Any.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/arg_min_max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ArgMin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/AvgPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchNorm.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Slice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BatchToSpaceND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Bincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NotEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Real.js:
@tensorflow/tfjs-backend-webgl/dist/kernel_utils/int.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cast.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Ceil.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Imag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Concat.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv2DBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropFilterV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Conv3DBackpropInputV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cos.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/CropAndResize.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DenseBincount.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthToSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNative.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropFilter.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/DepthwiseConv2dNativeBackpropInput.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Diag.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Dilation2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/EluGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Equal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Exp.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Expm1.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Fill.js:
@tensorflow/tfjs-backend-webgl/dist/flip_left_right_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FlipLeftRight.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Floor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FloorDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FusedDepthwiseConv2D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GatherV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Greater.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/GreaterEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IFFT.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Less.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LessEqual.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LinSpace.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalAnd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LogicalOr.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRN.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/LRNGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Max.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Maximum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3D.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPool3DGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MaxPoolWithArgmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mean.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Min.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Minimum.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mirror_pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/MirrorPad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Mod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RealDiv.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sub.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softmax.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Multinomial.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Neg.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV3.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV4.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OneHot.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ZerosLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/OnesLike.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/PadV2.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Pow.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Prod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Range.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinear.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeBilinearGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighbor.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ResizeNearestNeighborGrad.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Reverse.js:
@tensorflow/tfjs-backend-webgl/dist/rotate_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RotateWithOffset.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Round.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Rsqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ScatterNd.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Select.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sigmoid.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SpaceToBatchND.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SparseToDense.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SplitV.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Sqrt.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SquaredDifference.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Step.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StridedSlice.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Tile.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TopK.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unpack.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/UnsortedSegmentSum.js:
@tensorflow/tfjs-backend-webgl/dist/register_all_kernels.js:
@tensorflow/tfjs-backend-webgl/dist/index.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/Elu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Prelu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Relu6.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/BatchMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acos.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Acosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Asinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atan2.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Atanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ClipByValue.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/ComplexAbs.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Cosh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Erf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsFinite.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsInf.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/IsNaN.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Log1p.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/LogicalNot.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Reciprocal.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Round.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Selu.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sign.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sin.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Sinh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Softplus.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Step.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tan.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Tanh.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Unique.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/_FusedMatMul.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/ExpandDims.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Unique.js:
  (**
   * @license
   * Copyright 2020 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the License);
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an AS IS BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted_impl.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/TensorScatterUpdate.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cum_impl.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumprod.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Cumsum.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedGather.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedTensorToTensor.js:
@tensorflow/tfjs-backend-webgl/dist/search_sorted_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/SearchSorted.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/TensorScatterUpdate.js:
  (**
   * @license
   * Copyright 2022 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/Draw.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/BitwiseAnd.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/StaticRegexReplace.js:
  (**
   * @license
   * Copyright 2023 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/NonMaxSuppressionV5.js:
@tensorflow/tfjs-backend-cpu/dist/kernels/Square.js:
@tensorflow/tfjs-backend-webgl/dist/flags_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/decode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/addn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/im2col_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/diag_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/fill_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/Square.js:
  (**
   * @license
   * Copyright 2019 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-cpu/dist/kernels/RaggedRange.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/RaggedRange.js:
  (**
   * @license
   * Copyright 2022 Google LLC.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-webgl/dist/canvas_util.js:
@tensorflow/tfjs-backend-webgl/dist/glsl_version.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler_util.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_float_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/encode_matrix_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/packing_util.js:
@tensorflow/tfjs-backend-webgl/dist/pack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reshape_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/unpack_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/mulmat_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_complex_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/complex_abs_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/depth_to_space_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_packed_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/fft_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/kernels/FromPixels_utils/from_pixels_packed_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_grad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_nearest_neighbor_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/scatter_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/segment_gpu.js:
  (**
   * @license
   * Copyright 2018 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-webgl/dist/tex_util.js:
@tensorflow/tfjs-backend-webgl/dist/webgl_util.js:
@tensorflow/tfjs-backend-webgl/dist/shader_compiler.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_math.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_util.js:
@tensorflow/tfjs-backend-webgl/dist/gpgpu_context.js:
@tensorflow/tfjs-backend-webgl/dist/texture_manager.js:
@tensorflow/tfjs-backend-webgl/dist/unaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/backend_webgl.js:
@tensorflow/tfjs-backend-webgl/dist/binaryop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reduce_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/transpose_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/argminmax_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pool_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/avg_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/batchnorm_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/clip_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/concat_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/crop_and_resize_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/conv_gpu_depthwise.js:
@tensorflow/tfjs-backend-webgl/dist/dilation_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/gather_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/lrn_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/max_pool_backprop_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/multinomial_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/onehot_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/pad_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/resize_bilinear_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/reverse_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/select_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/strided_slice_gpu.js:
@tensorflow/tfjs-backend-webgl/dist/tile_gpu.js:
  (**
   * @license
   * Copyright 2017 Google LLC. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)

@tensorflow/tfjs-backend-webgl/dist/base.js:
  (**
   * @license
   * Copyright 2020 Google Inc. All Rights Reserved.
   * Licensed under the Apache License, Version 2.0 (the "License");
   * you may not use this file except in compliance with the License.
   * You may obtain a copy of the License at
   *
   * http://www.apache.org/licenses/LICENSE-2.0
   *
   * Unless required by applicable law or agreed to in writing, software
   * distributed under the License is distributed on an "AS IS" BASIS,
   * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   * See the License for the specific language governing permissions and
   * limitations under the License.
   * =============================================================================
   *)
*/
